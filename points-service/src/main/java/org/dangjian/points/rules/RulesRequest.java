package org.dangjian.points.rules;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(description = "每年基础分。The yearly base.", example = "60")
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal base,
        @Schema(description = "参加各类组织生活的分值，每种类型都要有。Points per activity attended, for every activity type.",
                example = "{\"GENERAL_MEETING\": 3, \"COMMITTEE_MEETING\": 2, \"GROUP_MEETING\": 2, \"PARTY_LECTURE\": 3, "
                        + "\"THEME_DAY\": 2, \"LIFE_MEETING\": 3, \"STUDY\": 1, \"VOLUNTEER\": 2, \"OTHER\": 1}")
        @NotNull Map<ActivityType, @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal> perActivity,
        @Schema(description = "无故缺席一次扣分。Deducted per unexcused absence.", example = "2")
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal absence,
        @Schema(description = "按时交纳一个月党费得分。Per dues month paid on time.", example = "1")
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal duesOnTime,
        @Schema(description = "欠交一个月党费扣分。Deducted per dues month unpaid.", example = "2")
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal duesUnpaidMonth,
        @Schema(description = "每学时得分。Per class hour.", example = "0.5")
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal perClassHour,
        @Schema(description = "组织生活每年加分上限，不填为不设上限。The yearly cap on activity points; none when left out.", example = "40")
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal activityCap,
        @Schema(description = "学时每年加分上限，不填为不设上限。The yearly cap on class-hour points; none when left out.", example = "16")
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal classHourCap,
        @Schema(description = "最低分。The floor no total goes below.", example = "0")
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal floor) {

    boolean valuesEveryActivityType() {
        return perActivity.keySet().containsAll(List.of(ActivityType.values()));
    }

    PointRules toRules() {
        return new PointRules(base, new EnumMap<>(perActivity), absence, duesOnTime, duesUnpaidMonth, perClassHour,
                activityCap, classHourCap, floor);
    }
}
