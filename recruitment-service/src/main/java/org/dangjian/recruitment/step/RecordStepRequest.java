package org.dangjian.recruitment.step;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A step as done: its date and the values its catalogue entry asks for. */
@Schema(name = "RecordRecruitmentStepRequest", description = "记录一个步骤：完成日期和流程为该步骤规定的字段。A step as done: its "
        + "date and the values of the fields the catalogue defines for it.")
public record RecordStepRequest(
        @Schema(description = "完成日期，不晚于今天。The date it was done, not after today.") @NotNull LocalDate date,
        @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = "字段值，按流程中该步骤的字段名。The values, by the names of the step's fields in the catalogue.",
                example = "{\"talker\": \"李明\"}") Map<String, Object> fields,
        @Schema(description = "支部大会表决（接收预备党员、预备党员转正的步骤）。The branch meeting's vote, for the steps that "
                + "hold one (admission, confirmation).") @Valid VoteCounts vote,
        @ArraySchema(arraySchema = @Schema(description = "指定的党员编号（培养联系人、入党介绍人），须为正式党员。The member "
                + "ids the step names (training contacts, introducers): full members."),
                schema = @Schema(description = "党员编号。A member id.", example = "1001"))
        @Size(max = 10) List<String> people,
        @Schema(description = "审批结果，仅上级党委审批接收和审批转正两个环节填写。The approval's outcome, for the admission "
                + "and confirmation approvals only.") @Valid StepOutcome outcome) {
    public Map<String, Object> fields() {
        return fields == null ? Map.of() : fields;
    }
}
