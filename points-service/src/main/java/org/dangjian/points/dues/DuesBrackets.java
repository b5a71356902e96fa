package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A member's monthly amount from their group and base, by the dues rules in force ({@link DuesRules}: the
 * 2008 rules unless the city changed them). The rate of a bracket applies to the whole base (not
 * progressively), so 3000.00 pays 15.00 and 3000.01 pays 30.00. Amounts are yuan rounded to the fen, half up.
 */
public final class DuesBrackets {
    private DuesBrackets() {
    }

    /** By the national rules (the 2008 brackets). */
    public static Optional<BigDecimal> monthlyAmount(DuesGroup group, BigDecimal base) {
        return monthlyAmount(DuesRules.national(), group, base);
    }

    /**
     * The monthly amount, or empty when the base does not fit the group (missing, negative, more than
     * two decimals, or a farmer's amount outside the range). Students and the unemployed need no base.
     */
    public static Optional<BigDecimal> monthlyAmount(DuesRules rules, DuesGroup group, BigDecimal base) {
        if (group == DuesGroup.STUDENT || group == DuesGroup.UNEMPLOYED) {
            return Optional.of(rules.token().setScale(2, RoundingMode.HALF_UP));
        }
        if (base == null || base.signum() < 0 || base.stripTrailingZeros().scale() > 2) {
            return Optional.empty();
        }
        return switch (group) {
            case EMPLOYED -> Optional.of(percent(base, DuesRules.rateFor(rules.employed(), base)));
            case RETIRED -> Optional.of(percent(base, DuesRules.rateFor(rules.retired(), base)));
            // The branch sets a farmer's amount within the range; the base is that amount.
            case FARMER -> base.compareTo(rules.farmerMin()) < 0 || base.compareTo(rules.farmerMax()) > 0 ? Optional.empty()
                    : Optional.of(base.setScale(2, RoundingMode.UNNECESSARY));
            case STUDENT, UNEMPLOYED -> Optional.of(rules.token().setScale(2, RoundingMode.HALF_UP));
        };
    }

    private static BigDecimal percent(BigDecimal base, BigDecimal rate) {
        return base.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
}
