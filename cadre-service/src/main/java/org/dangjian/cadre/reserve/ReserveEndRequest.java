package org.dangjian.cadre.reserve;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A cadre taken off the reserve list (took up the post, moved, no longer suitable). */
@Schema(name = "ReserveEndRequest", description = "移出后备名单。A cadre taken off the reserve list.")
public record ReserveEndRequest(
        @Schema(description = "移出日期。The date.") @NotNull LocalDate until) {
}
