package org.dangjian.points.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * For a month: each branch of the subtree and, per requirement, whether it was MET, is still DUE (its
 * period has not ended) or was MISSED. Branches that missed the most come first.
 */
public record ComplianceReport(@Schema(description = "月份 yyyy-MM。The month.", example = "2026-03") String month, int branches, int branchesMissing, List<Branch> items) {
    @Schema(name = "ComplianceBranch", description = "一个党支部的落实情况。One branch and its requirements.")
    public record Branch(long orgId, String name, List<Item> requirements,
                         @Schema(description = "未落实的项数。How many requirements it missed.") int missed) {
    }

    @Schema(name = "ComplianceRequirement", description = "一项要求在该月的落实情况。One requirement in the month.")
    public record Item(@Schema(description = "组织生活类型（ActivityType 的值）。The activity type (a value of ActivityType).",
                               example = "PARTY_LECTURE") String type,
                       @Schema(example = "党课") String typeLabel,
                       @Schema(description = "要求的周期：2026、2026-Q1 或 2026-03。The period the requirement covers: a year, a quarter or a month.", example = "2026-Q1") String period,
                       @Schema(description = "该周期内开展的次数。How many were held in the period.") int held,
                       @Schema(description = "MET 已开展、DUE 周期未结束尚未开展、MISSED 未开展。MET, DUE (its period has not ended) or MISSED.",
                               example = "MET") String status) {
    }
}
