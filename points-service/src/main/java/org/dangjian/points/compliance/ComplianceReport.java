package org.dangjian.points.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * For a month, told two ways: per requirement (which branches meet it, which are still due, which missed
 * it, which it does not apply to) and per branch (each branch's requirements). Branches come in name
 * order: a report, not a league table of failures.
 */
public record ComplianceReport(@Schema(description = "月份 yyyy-MM。The month.", example = "2026-03") String month, int branches, int branchesMissing,
                               @Schema(description = "按党支部名称排序的各党支部落实情况。Each branch and its requirements, in name order.")
                               List<Branch> items,
                               @Schema(description = "按要求列出：已落实、周期未结束、未落实、不适用的党支部。Per requirement: the branches that met it, "
                                       + "for which it is still due, that missed it, and to which it does not apply.")
                               List<ByRequirement> byRequirement) {
    @Schema(name = "ComplianceBranch", description = "一个党支部的落实情况。One branch and its requirements.")
    public record Branch(long orgId, String name, List<Item> requirements,
                         @Schema(description = "未落实的项数。How many requirements it missed.") int missed,
                         @Schema(description = "正式党员人数（不含预备党员）；不足7人不设支部委员会。Its full members (probationary "
                                 + "members not counted); fewer than 7: no branch committee.") int fullMembers) {
    }

    @Schema(name = "ComplianceRequirement", description = "一项要求在该月的落实情况。One requirement in the month.")
    public record Item(@Schema(description = "组织生活类型（ActivityType 的值）。The activity type (a value of ActivityType).",
                               example = "PARTY_LECTURE") String type,
                       @Schema(example = "党课") String typeLabel,
                       @Schema(description = "要求的周期：2026、2026-Q1 或 2026-03。The period the requirement covers: a year, a quarter or a month.", example = "2026-Q1") String period,
                       @Schema(description = "该周期内开展的次数。How many were held in the period.") int held,
                       @Schema(description = "MET 已开展、DUE 周期未结束尚未开展、MISSED 未开展、NOT_APPLICABLE 不适用（如正式党员不足7人的党支部"
                               + "不设支部委员会）。MET, DUE (its period has not ended), MISSED, or NOT_APPLICABLE (e.g. the committee "
                               + "meeting of a branch with fewer than 7 full members, which has no committee).",
                               example = "MET") String status) {
    }

    @Schema(name = "ComplianceByRequirement", description = "一项要求在该月的落实情况，按党支部列出。One requirement in the month and the branches by standing.")
    public record ByRequirement(@Schema(description = "组织生活类型（ActivityType 的值）。The activity type (a value of ActivityType).",
                                        example = "COMMITTEE_MEETING") String type,
                                @Schema(example = "支部委员会会议") String typeLabel,
                                @Schema(description = "要求的周期：2026、2026-Q1 或 2026-03。The period the requirement covers.", example = "2026-03") String period,
                                @Schema(description = "已落实的党支部。The branches that met it.") List<BranchHeld> met,
                                @Schema(description = "周期未结束、尚未开展的党支部。The branches for which it is still due.") List<BranchHeld> due,
                                @Schema(description = "未落实的党支部。The branches that missed it.") List<BranchHeld> missed,
                                @Schema(description = "不适用的党支部。The branches it does not apply to.") List<BranchHeld> notApplicable,
                                @Schema(description = "不适用的原因；适用于所有党支部时为空。Why it does not apply to those branches; absent when it applies to all.",
                                        example = "正式党员不足7人的党支部不设支部委员会") String notApplicableReason) {
    }

    @Schema(name = "ComplianceBranchHeld", description = "一个党支部及其在该周期内开展的次数。A branch and how many it held in the period.")
    public record BranchHeld(long orgId, String name, @Schema(description = "该周期内开展的次数。How many were held in the period.") int held) {
    }
}
