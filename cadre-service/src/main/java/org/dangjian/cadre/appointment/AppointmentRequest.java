package org.dangjian.cadre.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A post taken up: where, which, how, from when, and until when the term runs. */
@Schema(name = "AppointmentRequest", description = "任职：组织、职务、产生方式、任职日期和任期届满日期。A post taken up: the "
        + "organisation, the position, how the cadre came to it, from when, and when the term ends.")
public record AppointmentRequest(
        @Schema(description = "任职组织（所辖范围内，默认干部登记所在组织）。The organisation, in the caller's subtree; the "
                + "cadre's own by default.", type = "string") Long orgId,
        @Schema(description = "职务。The position.") @NotNull Position position,
        @Schema(description = "产生方式。How the cadre came to the post.") @NotNull
        AppointmentMethod method,
        @Schema(description = "任职日期（不晚于今天）。From when, not after today.") @NotNull
        LocalDate startsOn,
        @Schema(description = "任期届满日期（可空）。When the term ends, if it is fixed.") LocalDate termEndsOn) {
}
