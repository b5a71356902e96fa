package org.dangjian.cadre.quarter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(name = "CadreQuarterProgress", description = "某组织（含下级）某季度干部信息更新的进度。How a subtree's quarterly "
        + "update stands.")
public record QuarterProgress(
        @Schema(description = "组织。The organisation.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "季度。The quarter.", example = "2026-Q4") String quarter,
        @Schema(description = "季度名称。Its name.", example = "2026年第四季度") String quarterLabel,
        @Schema(description = "截止日期。Due on.") LocalDate dueOn,
        @Schema(description = "需更新的组织数。Organisations with an update to make.") int tasks,
        @Schema(description = "已确认。Confirmed.") int confirmed,
        @Schema(description = "待确认（未到期）。Open, not yet due.") int open,
        @Schema(description = "已逾期。Overdue.") int overdue) {
}
