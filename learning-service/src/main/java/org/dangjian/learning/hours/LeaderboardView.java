package org.dangjian.learning.hours;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * An organisation's class-hour board for a year, or, where the organisation has not turned rankings on, only that
 * it is not shown (a state to show, not an error). Of each member only the name and branch.
 */
@Schema(name = "StudyLeaderboard", description = "组织的年度学时排行；未开启排名的组织不显示任何人。An organisation's class-hour "
        + "board for a year; nobody is shown where rankings are off.")
public record LeaderboardView(
        @Schema(description = "组织编号。The organisation.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "年份。The year.") int year,
        @Schema(description = "该组织是否开启了排名（积分排名开关，默认关闭）。Whether the organisation turned rankings on "
                + "(points-service's switch; off by default).") boolean shown,
        @Schema(description = "有学时的人数（未开启时为空）。Members with class hours this year (null when not shown).")
        Long members,
        @Schema(description = "前几名。The first of them.") List<Line> top,
        @Schema(description = "调用者本人的名次（党员，开启时）。The caller's own place, for a member, when shown.") Line me) {

    static LeaderboardView notShown(long orgId, String orgName, int year) {
        return new LeaderboardView(orgId, orgName, year, false, null, List.of(), null);
    }

    @Schema(name = "StudyLeaderboardLine", description = "排行中的一名党员：名次、姓名、支部、学时。One member: rank, name, "
            + "branch, hours.")
    public record Line(@Schema(description = "名次，没有学时为空。The rank; null without hours.") Long rank,
                       @Schema(description = "姓名。Name.") String name,
                       @Schema(description = "所在支部。Branch.") String orgName,
                       @Schema(description = "当年学时。Class hours this year.") BigDecimal hours) {
    }
}
