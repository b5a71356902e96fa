package org.dangjian.points.appraisal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A branch's appraisal of a year as recorded (or corrected: it replaces the earlier record of that year). */
@Schema(name = "AppraisalRequest", description = "党支部的年度民主评议党员记录（再次提交即更正）。A branch's appraisal of a year (sent again, it replaces the earlier one).")
public record AppraisalRequest(
        @Schema(description = "党支部。The branch.", example = "1893456789012345678") @NotNull Long orgId,
        @Schema(description = "评议年度，不晚于今年。The year appraised, not after this year.", example = "2026")
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "个人自评情况摘要。Summary of the members' self-assessment.", example = "全体党员对照党章党规逐一作了自我评价。")
        @NotBlank @Size(max = 20_000) String selfAssessment,
        @Schema(description = "党员互评情况摘要。Summary of the mutual assessment.", example = "党员之间开展了互评，提出批评意见12条。")
        @NotBlank @Size(max = 20_000) String mutualAssessment,
        @Schema(description = "支部评定的等次：每名参评党员一行。The branch's grade of each member appraised, one line each.")
        @NotEmpty @Size(max = 2_000) List<@Valid @NotNull MemberGrade> grades) {

    public AppraisalRequest {
        selfAssessment = selfAssessment == null ? null : selfAssessment.strip();
        mutualAssessment = mutualAssessment == null ? null : mutualAssessment.strip();
    }

    @Schema(name = "AppraisalMemberGrade", description = "一名党员的评定等次。One member's grade.")
    public record MemberGrade(@Schema(example = "1893456789012345680") @NotNull Long memberId,
                              @Schema(example = "QUALIFIED") @NotNull Grade grade,
                              @Schema(description = "备注。A remark.", example = "积极参加志愿服务") @Size(max = 200) String remark) {
    }
}
