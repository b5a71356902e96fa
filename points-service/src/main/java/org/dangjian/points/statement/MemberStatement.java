package org.dangjian.points.statement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's points for a year: the total (their own record, always shown to whoever may read it), their
 * rank in their branch (only where the branch shows rankings, to anyone), and every entry with what it is
 * worth under the rules in force.
 */
public record MemberStatement(long memberId, String name, int year,
                              @Schema(description = "当年总积分（尚无时为空）。The year's total (null before the member has one).")
                              BigDecimal total,
                              @Schema(description = "在本支部的名次；支部未开启排名时对任何人都为空。The rank in the branch; null, to anyone, where the branch does not show rankings (or when not ranked).")
                              Long rank,
                              @Schema(description = "本支部参与排名的人数（未开启排名时为空）。How many are ranked in the branch (null likewise).")
                              Long rankedInBranch,
                              long orgId, String orgName, List<Line> entries) {

    @Schema(name = "PointsEntry", description = "一条积分记录及其按现行规则的分值。One ledger entry and what it is worth under the rules in force.")
    public record Line(@Schema(description = "ATTENDED 参加、ABSENT 无故缺席、EXCUSED 请假、DUES_ON_TIME 按时交纳党费、DUES_LATE 补交党费、CLASS_HOURS 学习学时。"
                               + "What the entry records.", example = "ATTENDED") String kind,
                       @Schema(description = "组织生活类型（ActivityType 的值），其他为空。The activity type, else null.", example = "PARTY_LECTURE") String detail,
                       @Schema(description = "中文说明。What the entry is, in Chinese.", example = "参加党课") String label, BigDecimal quantity, BigDecimal points, String source,
                       LocalDate date) {
    }
}
