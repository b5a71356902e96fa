package org.dangjian.cadre.reserve;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.dangjian.cadre.appointment.Position;

@Schema(name = "Reserve", description = "后备干部记录。A cadre in reserve for a post.")
public record ReserveView(
        @Schema(description = "后备记录编号。The reserve id.") long id,
        @Schema(description = "干部编号。The cadre.") long cadreId,
        @Schema(description = "后备的组织。The organisation.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "后备的职务。The position.") Position position,
        @Schema(description = "列入日期。Since.") LocalDate since,
        @Schema(description = "移出日期（仍在后备名单为空）。Until; empty while in reserve.") LocalDate until,
        @Schema(description = "是否仍在后备名单。Whether still in reserve.") boolean current) {
}
