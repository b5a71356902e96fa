package org.dangjian.cadre.performance;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "CadreAssessmentRequest", description = "年度考核结果。A year's assessment.")
public record AssessmentRequest(
        @Schema(description = "考核等次。The grade.") @NotNull Grade grade,
        @Schema(description = "说明。A note.") @Size(max = 200) String note) {
}
