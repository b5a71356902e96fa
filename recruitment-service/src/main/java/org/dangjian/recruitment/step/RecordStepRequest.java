package org.dangjian.recruitment.step;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/** A step as done: its date and the values its catalogue entry asks for. */
@Schema(name = "RecordRecruitmentStepRequest", description = "记录一个步骤：完成日期和流程为该步骤规定的字段。A step as done: its "
        + "date and the values of the fields the catalogue defines for it.")
public record RecordStepRequest(
        @Schema(description = "完成日期，不晚于今天。The date it was done, not after today.") @NotNull LocalDate date,
        @Schema(description = "字段值，按流程中该步骤的字段名。The values, by the names of the step's fields in the catalogue.",
                example = "{\"talker\": \"李明\"}") Map<String, Object> fields,
        @Schema(description = "审批结果，仅上级党委审批接收和审批转正两个环节填写。The approval's outcome, for the admission "
                + "and confirmation approvals only.") @Valid StepOutcome outcome) {
    public Map<String, Object> fields() {
        return fields == null ? Map.of() : fields;
    }
}
