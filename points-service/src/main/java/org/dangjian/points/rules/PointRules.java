package org.dangjian.points.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.dangjian.points.ledger.ActivityType;

/**
 * How facts become points (a local scheme: DOMAIN.md, "Points"). Everything is a number the city
 * administrator sets: the yearly base; points per activity attended, by type; the deduction for an
 * unexcused absence; per dues month paid on time and the deduction per month unpaid; per class hour;
 * caps on what activities and class hours can add in a year (null: no cap); and the floor.
 */
public record PointRules(BigDecimal base, Map<ActivityType, BigDecimal> perActivity, BigDecimal absence,
                         BigDecimal duesOnTime, BigDecimal duesUnpaidMonth, BigDecimal perClassHour,
                         BigDecimal activityCap, BigDecimal classHourCap, BigDecimal floor) {

    /** A typical scheme (base 60, three meetings and a lecture worth the most), until the city sets its own. */
    public static PointRules defaults() {
        Map<ActivityType, BigDecimal> perActivity = new EnumMap<>(ActivityType.class);
        perActivity.put(ActivityType.GENERAL_MEETING, n("3"));
        perActivity.put(ActivityType.COMMITTEE_MEETING, n("2"));
        perActivity.put(ActivityType.GROUP_MEETING, n("2"));
        perActivity.put(ActivityType.PARTY_LECTURE, n("3"));
        perActivity.put(ActivityType.THEME_DAY, n("2"));
        perActivity.put(ActivityType.LIFE_MEETING, n("3"));
        perActivity.put(ActivityType.STUDY, n("1"));
        perActivity.put(ActivityType.VOLUNTEER, n("2"));
        perActivity.put(ActivityType.OTHER, n("1"));
        return new PointRules(n("60"), perActivity, n("2"), n("1"), n("2"), n("0.5"), n("40"), n("16"), n("0"));
    }

    public BigDecimal forActivity(ActivityType type) {
        return perActivity.getOrDefault(type, BigDecimal.ZERO);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
