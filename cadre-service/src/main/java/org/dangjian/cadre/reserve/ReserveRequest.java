package org.dangjian.cadre.reserve;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.dangjian.cadre.appointment.Position;

/** A cadre put in reserve for a post. */
@Schema(name = "ReserveRequest", description = "列为后备干部：后备的组织和职务、列入日期。A cadre put in reserve for a "
        + "post: the organisation, the position, since when.")
public record ReserveRequest(
        @Schema(description = "后备的组织（所辖范围内，默认干部登记所在组织）。The organisation, in the caller's subtree; "
                + "the cadre's own by default.", type = "string") Long orgId,
        @Schema(description = "后备的职务，多为党组织书记。The position, usually the secretary's.") @NotNull Position position,
        @Schema(description = "列入日期（不晚于今天）。Since when, not after today.") @NotNull LocalDate since) {
}
