package org.dangjian.cadre.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A post as administrators see it. */
@Schema(name = "Appointment", description = "任职记录。A post a cadre holds or held.")
public record AppointmentView(
        @Schema(description = "任职记录编号。The appointment id.") long id,
        @Schema(description = "干部编号。The cadre.") long cadreId,
        @Schema(description = "任职组织。The organisation.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "职务。The position.") Position position,
        @Schema(description = "产生方式。How the cadre came to it.") AppointmentMethod method,
        @Schema(description = "任职日期。From.") LocalDate startsOn,
        @Schema(description = "任期届满日期。When the term ends.") LocalDate termEndsOn,
        @Schema(description = "离任日期（在任为空）。When it ended; empty while held.") LocalDate endsOn,
        @Schema(description = "离任原因。Why it ended.") String endReason,
        @Schema(description = "是否在任。Whether it is held now.") boolean current) {
}
