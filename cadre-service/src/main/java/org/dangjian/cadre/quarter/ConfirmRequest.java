package org.dangjian.cadre.quarter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

@Schema(name = "CadreQuarterConfirmation", description = "确认本季度干部信息。Confirming a quarter's cadres.")
public record ConfirmRequest(
        @Schema(description = "说明，如“本季度无变化”或变动情况。A note: no change, or what changed.", example = "本季度无变化")
        @Size(max = 200) String note) {
}
