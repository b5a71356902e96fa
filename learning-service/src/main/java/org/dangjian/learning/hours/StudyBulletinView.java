package org.dangjian.learning.hours;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** How the members of an organisation's subtree study this year, organisation by organisation below it. */
@Schema(name = "StudyBulletin", description = "学习情况通报：本组织及下级各组织党员本年度截至某月的学习情况。How the members of a "
        + "subtree studied this year up to a month, organisation by organisation.")
public record StudyBulletinView(
        @Schema(description = "通报的组织。The organisation.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "年份。The year.", example = "2026") int year,
        @Schema(description = "截至月份。Up to the end of this month.", example = "11") int month,
        @Schema(description = "全年学时要求（党员）。The year's requirement for members.") BigDecimal requiredHours,
        @Schema(description = "按进度截至本月应达学时（全年要求×月份/12）。The hours on pace by this month: the year's "
                + "requirement × month / 12.") BigDecimal paceHours,
        @Schema(description = "全年学时要求（当年任过党组织书记、班子成员的党员）。The year's requirement for leaders (who sat "
                + "on a Party committee in the year).") BigDecimal leaderRequiredHours,
        @Schema(description = "书记和班子成员按进度截至本月应达学时。The leaders' hours on pace by this month.")
        BigDecimal leaderPaceHours,
        @Schema(description = "合计。The whole subtree.") Row total,
        @Schema(description = "各下级组织（本级直属党员单列），按达到进度的比例从高到低。The organisations below, and the "
                + "organisation's own members apart, by the share on pace, highest first.") List<Row> rows) {

    @Schema(name = "StudyBulletinRow", description = "一个组织的学习情况。One organisation's figures.")
    public record Row(
            @Schema(description = "组织编号。The organisation.") long orgId,
            @Schema(description = "组织名称（本级直属党员为“本级”）。Its name (本级 for the organisation's own members).")
            String orgName,
            @Schema(description = "党员数（正式与预备）。Members on the roll (full and probationary).") int members,
            @Schema(description = "本年度有学时的党员数。Members with any class hours this year.") int studying,
            @Schema(description = "学时合计。Class hours in all.") BigDecimal hours,
            @Schema(description = "人均学时。Class hours per member.") BigDecimal averageHours,
            @Schema(description = "达到进度的党员数（各按本人要求）。Members on pace, each against their own requirement.") int onPace,
            @Schema(description = "达到进度的比例（%）。The share on pace, in percent.") int onPacePercent) {
    }
}
