package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The 2008 dues rules: a member's monthly amount from their group and base. The rate of a bracket
 * applies to the whole base (not progressively), so 3000.00 pays 15.00 and 3000.01 pays 30.00.
 * Amounts are yuan rounded to the fen, half up.
 */
public final class DuesBrackets {
    static final BigDecimal TOKEN = new BigDecimal("0.20");
    static final BigDecimal FARMER_MAX = new BigDecimal("1.00");
    private static final BigDecimal B3000 = new BigDecimal("3000");
    private static final BigDecimal B5000 = new BigDecimal("5000");
    private static final BigDecimal B10000 = new BigDecimal("10000");

    private DuesBrackets() {
    }

    /**
     * The monthly amount, or empty when the base does not fit the group (missing, negative, more than
     * two decimals, or a farmer's amount outside 0.20-1.00). Students and the unemployed need no base.
     */
    public static Optional<BigDecimal> monthlyAmount(DuesGroup group, BigDecimal base) {
        if (group == DuesGroup.STUDENT || group == DuesGroup.UNEMPLOYED) {
            return Optional.of(TOKEN);
        }
        if (base == null || base.signum() < 0 || base.stripTrailingZeros().scale() > 2) {
            return Optional.empty();
        }
        return switch (group) {
            case EMPLOYED -> Optional.of(percent(base, employedRate(base)));
            case RETIRED -> Optional.of(percent(base, base.compareTo(B5000) <= 0 ? "0.5" : "1"));
            // The branch sets a farmer's amount within the national range; the base is that amount.
            case FARMER -> base.compareTo(TOKEN) < 0 || base.compareTo(FARMER_MAX) > 0 ? Optional.empty()
                    : Optional.of(base.setScale(2, RoundingMode.UNNECESSARY));
            case STUDENT, UNEMPLOYED -> Optional.of(TOKEN);
        };
    }

    private static String employedRate(BigDecimal pay) {
        if (pay.compareTo(B3000) <= 0) {
            return "0.5";
        }
        if (pay.compareTo(B5000) <= 0) {
            return "1";
        }
        return pay.compareTo(B10000) <= 0 ? "1.5" : "2";
    }

    private static BigDecimal percent(BigDecimal base, String rate) {
        return base.multiply(new BigDecimal(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
}
