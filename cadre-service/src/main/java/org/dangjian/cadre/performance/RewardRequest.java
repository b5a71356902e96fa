package org.dangjian.cadre.performance;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(name = "CadreRewardRequest", description = "奖励或惩处：名称、决定机关、日期。A reward or a sanction.")
public record RewardRequest(
        @Schema(description = "奖励或惩处。Which.") @NotNull RewardKind kind,
        @Schema(description = "名称。What.", example = "昆山市优秀党务工作者") @NotBlank @Size(max = 100) String title,
        @Schema(description = "决定机关。Decided by.", example = "中共昆山市委") @NotBlank @Size(max = 100) String decidedBy,
        @Schema(description = "决定日期（不晚于今天）。Decided on, not after today.") @NotNull LocalDate decidedOn) {
}
