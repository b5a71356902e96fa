package org.dangjian.recruitment.change;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What to change in a completed step, and why; at least one of date, fields and attachments to take off. */
@Schema(name = "RecruitmentStepChangeRequest", description = "修改已完成步骤的申请：新日期、新字段值、撤下的附件（至少一项）及理由。"
        + "A change to a completed step: a new date, new values, attachments to take off (at least one), and why.")
public record ChangeStepRequest(
        @Schema(description = "新的完成日期；不改时不填。The new date; omitted to keep it.") LocalDate date,
        @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = "新的字段值（整体替换）；不改时不填。The new values (replacing all); omitted to keep them.",
                example = "{\"talker\": \"王芳\"}") Map<String, Object> fields,
        @Schema(description = "撤下的附件编号；不撤时不填。Attachments to take off the step; omitted for none.")
        @Size(max = 20) List<Long> removeAttachmentIds,
        @Schema(description = "修改理由。Why the change is needed.", example = "谈话日期录入有误")
        @NotBlank @Size(max = 500) String reason) {
    public List<Long> removeAttachmentIds() {
        return removeAttachmentIds == null ? List.of() : removeAttachmentIds;
    }
}
