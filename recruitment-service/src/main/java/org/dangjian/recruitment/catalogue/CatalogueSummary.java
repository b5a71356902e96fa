package org.dangjian.recruitment.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A catalogue version in the list: what it is, when it came, whether new cases start on it. */
public record CatalogueSummary(
        @Schema(description = "版本号。The version; 1 is the national catalogue shipped with the platform.") int version,
        @Schema(description = "名称。Name.") String name,
        @Schema(description = "依据。Source.") String source,
        @Schema(description = "细化的版本（全国流程为空）。The version it refines; null for the national one.") Integer refines,
        @Schema(description = "步骤数。Number of steps.") int steps,
        @Schema(description = "导入人账号（随平台发布的为空）。Who loaded it; null when shipped.") Long loadedBy,
        @Schema(description = "导入时间。When it was loaded.") Instant loadedAt,
        @Schema(description = "新案例是否使用此版本。Whether new cases start on it (the latest version).") boolean current) {
    static CatalogueSummary of(Catalogue c, boolean current) {
        return new CatalogueSummary(c.version(), c.document().name(), c.document().source(), c.refines(),
                c.steps().size(), c.loadedBy(), c.loadedAt(), current);
    }
}
