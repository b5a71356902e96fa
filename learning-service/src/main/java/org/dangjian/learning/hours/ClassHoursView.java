package org.dangjian.learning.hours;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A member's class hours in a year against the year's requirement: progress, never a block. */
@Schema(name = "ClassHours", description = "党员一年的学时：已得学时与当年要求（只作进度显示）。A member's class hours in a year "
        + "against the requirement (shown as progress only).")
public record ClassHoursView(
        @Schema(description = "党员编号。The member id.") long memberId,
        @Schema(description = "姓名。Name.") String name,
        @Schema(description = "年份。The year.") int year,
        @Schema(description = "已得学时。Class hours earned.") BigDecimal hours,
        @Schema(description = "当年要求的学时。The class hours asked for the year.") BigDecimal requiredHours,
        @Schema(description = "完成百分比（可超过100）。Percent of the requirement, may exceed 100.") int percent,
        @Schema(description = "按哪项要求：党员，或当年任过党组织书记、班子成员。Which requirement: a member's, or a "
                + "leader's (a Party committee's secretary, deputy or member at any time in the year).")
        Requirement requirement,
        @Schema(description = "明细，最新在前。The entries, newest first.") List<Entry> entries) {

    @Schema(name = "ClassHourEntry", description = "一笔学时。One entry.")
    public record Entry(@Schema(description = "学时。Class hours.") BigDecimal hours,
                        @Schema(description = "学习内容。What earned them.") String activity,
                        @Schema(description = "日期。The date.") LocalDate earnedOn) {
    }
}
