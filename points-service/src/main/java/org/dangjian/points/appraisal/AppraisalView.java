package org.dangjian.points.appraisal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A branch's appraisal of a year, with every member on its roll (and any graded member who has since
 * left): the grade the branch gave, and the member's points beside it as a reference only.
 */
@Schema(name = "Appraisal", description = "党支部的年度民主评议党员。A branch's annual member appraisal.")
public record AppraisalView(long orgId, String orgName, int year,
                            @Schema(description = "是否已登记。Whether the branch recorded it yet.") boolean recorded,
                            @Schema(description = "个人自评情况摘要。Summary of the self-assessment.") String selfAssessment,
                            @Schema(description = "党员互评情况摘要。Summary of the mutual assessment.") String mutualAssessment,
                            Instant recordedAt,
                            @Schema(description = "按参评人数，评为优秀的最多人数。How many of those appraised may be graded excellent.")
                            int mostExcellent,
                            List<Line> members) {

    @Schema(name = "AppraisalLine", description = "一名党员的评定等次，及仅供参考的积分。One member's grade, with their points as a reference.")
    public record Line(long memberId, String name,
                       @Schema(description = "支部评定的等次；未评定时为空。The branch's grade; null when not graded.") Grade grade,
                       String remark,
                       @Schema(description = "当年积分，仅供参考，不作为评定等次的依据。The year's points: a reference for the branch, never the grade.")
                       BigDecimal points) {
    }
}
