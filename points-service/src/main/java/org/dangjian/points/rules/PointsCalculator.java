package org.dangjian.points.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dangjian.points.ledger.ActivityType;
import org.dangjian.points.ledger.EntryKind;
import org.dangjian.points.ledger.Tally;

/**
 * A year's total from the rules and the member's tally: the base, plus activities attended (capped),
 * class hours (capped) and dues months paid on time, minus unexcused absences and unpaid dues months,
 * never below the floor. One decimal place, exact.
 */
public final class PointsCalculator {
    private PointsCalculator() {
    }

    public static BigDecimal total(PointRules rules, Tally tally, int unpaidDuesMonths) {
        BigDecimal activities = BigDecimal.ZERO;
        for (ActivityType type : ActivityType.values()) {
            activities = activities.add(tally.of(EntryKind.ATTENDED, type.name()).multiply(rules.forActivity(type)));
        }
        BigDecimal classHours = tally.of(EntryKind.CLASS_HOURS).multiply(rules.perClassHour());
        BigDecimal total = rules.base()
                .add(capped(activities, rules.activityCap()))
                .add(capped(classHours, rules.classHourCap()))
                .add(tally.of(EntryKind.DUES_ON_TIME).multiply(rules.duesOnTime()))
                .subtract(tally.of(EntryKind.ABSENT).multiply(rules.absence()))
                .subtract(rules.duesUnpaidMonth().multiply(BigDecimal.valueOf(unpaidDuesMonths)));
        return total.max(rules.floor()).setScale(1, RoundingMode.HALF_UP);
    }

    /** What one entry is worth under the rules, before caps: what the member's statement shows. */
    public static BigDecimal worth(PointRules rules, EntryKind kind, String detail, BigDecimal quantity) {
        BigDecimal each = switch (kind) {
            case ATTENDED -> rules.forActivity(ActivityType.valueOf(detail));
            case ABSENT -> rules.absence().negate();
            case DUES_ON_TIME -> rules.duesOnTime();
            case CLASS_HOURS -> rules.perClassHour();
            case EXCUSED, DUES_LATE -> BigDecimal.ZERO;
        };
        return each.multiply(quantity).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal capped(BigDecimal value, BigDecimal cap) {
        return cap == null ? value : value.min(cap);
    }
}
