package org.dangjian.points.rules;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dangjian.points.ledger.ActivityType;

/**
 * A new version of the rules: every number from 0 to 1000 with at most one decimal; every activity type
 * given a value (0 is a value); caps may be left out (no cap).
 */
public record RulesRequest(
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal base,
        @NotNull Map<ActivityType, @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal> perActivity,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal absence,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal duesOnTime,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal duesUnpaidMonth,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal perClassHour,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal activityCap,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal classHourCap,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal floor) {

    boolean valuesEveryActivityType() {
        return perActivity.keySet().containsAll(List.of(ActivityType.values()));
    }

    PointRules toRules() {
        return new PointRules(base, new EnumMap<>(perActivity), absence, duesOnTime, duesUnpaidMonth, perClassHour,
                activityCap, classHourCap, floor);
    }
}
