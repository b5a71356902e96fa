package org.dangjian.cadre.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A post left (免职、辞职、换届): the last day and why. */
@Schema(name = "AppointmentEndRequest", description = "离任：离任日期和原因。A post left: the date and the reason.")
public record EndRequest(
        @Schema(description = "离任日期（不早于任职日期，不晚于今天）。The date, not before the start and not after today.")
        @NotNull LocalDate endsOn,
        @Schema(description = "原因，如换届、调任、辞职。The reason, e.g. the term ended, moved, resigned.", example = "换届")
        @Size(max = 200) String reason) {
}
