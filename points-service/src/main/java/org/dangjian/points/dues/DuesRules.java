package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.util.List;

/**
 * The dues rules as data (rule set {@code dues}): the brackets of the employed (after-tax pay) and the
 * retired (pension), each rate applying to the whole base; a farmer's monthly amount range; the token
 * amount of students, the unemployed and members on relief; how many months back a payment may reach.
 */
public record DuesRules(List<Bracket> employed, List<Bracket> retired, BigDecimal farmerMin, BigDecimal farmerMax,
                        BigDecimal token, Integer backPaymentMonths) {

    /** A base up to {@code upTo} yuan (null: any above the bracket before) pays {@code percent} of it a month. */
    public record Bracket(BigDecimal upTo, BigDecimal percent) {
    }

    /**
     * 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》(2008): employed ≤3000 0.5%, 3000-5000 1%,
     * 5000-10000 1.5%, above 2%; retired ≤5000 0.5%, above 1%; farmers 0.20-1.00 yuan; students, the
     * unemployed and members on relief 0.20 yuan; back-payment at most 6 months (DOMAIN.md, "Dues").
     */
    public static DuesRules national() {
        return new DuesRules(
                List.of(bracket("3000", "0.5"), bracket("5000", "1"), bracket("10000", "1.5"), bracket(null, "2")),
                List.of(bracket("5000", "0.5"), bracket(null, "1")),
                new BigDecimal("0.20"), new BigDecimal("1.00"), new BigDecimal("0.20"), 6);
    }

    /** The rate of the bracket the whole base falls in. */
    static BigDecimal rateFor(List<Bracket> brackets, BigDecimal base) {
        for (Bracket b : brackets) {
            if (b.upTo() == null || base.compareTo(b.upTo()) <= 0) {
                return b.percent();
            }
        }
        throw new IllegalStateException("the last bracket has no upper limit");
    }

    private static Bracket bracket(String upTo, String percent) {
        return new Bracket(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(percent));
    }
}
