package org.dangjian.recruitment.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A catalogue version whole: its steps with their rules, as loaded. */
public record CatalogueView(
        @Schema(description = "版本号。The version.") int version,
        @Schema(description = "细化的版本（全国流程为空）。The version it refines; null for the national one.") Integer refines,
        @Schema(description = "导入人账号（随平台发布的为空）。Who loaded it; null when shipped.") Long loadedBy,
        @Schema(description = "导入时间。When it was loaded.") Instant loadedAt,
        @Schema(description = "阶段和步骤。Stages and steps, in the order they unlock.") CatalogueDocument catalogue) {
    static CatalogueView of(Catalogue c) {
        return new CatalogueView(c.version(), c.refines(), c.loadedBy(), c.loadedAt(), c.document());
    }
}
