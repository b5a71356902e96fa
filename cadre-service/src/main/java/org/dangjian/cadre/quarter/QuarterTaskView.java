package org.dangjian.cadre.quarter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(name = "CadreQuarterTask", description = "一个组织某季度的干部信息更新任务。One organisation's quarterly update.")
public record QuarterTaskView(
        @Schema(description = "任务编号。The task id.") long id,
        @Schema(description = "季度。The quarter.", example = "2026-Q4") String quarter,
        @Schema(description = "季度名称。Its name.", example = "2026年第四季度") String quarterLabel,
        @Schema(description = "组织。The organisation.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "截止日期。Due on.") LocalDate dueOn,
        @Schema(description = "状态：已确认、待确认、已逾期。Confirmed, open or overdue.") TaskStatus status,
        @Schema(description = "确认日期。Confirmed on; empty until confirmed.") LocalDate confirmedOn,
        @Schema(description = "确认时的在任职务数。Posts held when confirmed.") Integer posts,
        @Schema(description = "确认说明。The note given when confirming.") String note,
        @Schema(description = "最近一次逾期提醒的日期。The last overdue reminder.") LocalDate remindedOn) {
}
