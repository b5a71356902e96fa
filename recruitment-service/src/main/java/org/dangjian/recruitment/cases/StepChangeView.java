package org.dangjian.recruitment.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A request to change a completed step: the step as it was, what was asked and why, who decides (the superior of
 * the organisation that performs the step), and the decision. The case's history keeps it after the change.
 */
@Schema(name = "RecruitmentStepChange", description = "已完成步骤的修改申请：原值、申请的修改及理由、审批组织、审批人和时间。A "
        + "request to change a completed step: the original, the change asked and why, who decides, the decision.")
public record StepChangeView(@Schema(description = "申请编号。The request's id.") long id,
                             @Schema(description = "案卷号。The case id.") long caseId,
                             @Schema(example = "N02") String stepCode,
                             String stepName,
                             ChangeStatus status,
                             @Schema(description = "修改前的日期。The step's date before the change.") LocalDate originalDate,
                             @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = "修改前的字段值。The step's values before the change.")
                             Map<String, Object> originalFields,
                             @Schema(description = "申请的新日期；不改日期时为空。The new date asked; null when unchanged.")
                             LocalDate newDate,
                             @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = "申请的新字段值；不改时为空。The new values asked; null when unchanged.")
                             Map<String, Object> newFields,
                             @Schema(description = "申请撤下的附件。The attachments asked to be taken off.")
                             List<Long> removeAttachmentIds,
                             @Schema(description = "修改理由。Why the change is asked.") String reason,
                             @Schema(description = "申请人账号。The account that asked.") long requestedBy,
                             Instant requestedAt,
                             @Schema(description = "审批组织（办理该步骤组织的上级）。The organisation that decides: the "
                                     + "superior of the one that performs the step.") long approverOrgId,
                             String approverOrgName,
                             @Schema(description = "审批人账号；未审批时为空。The account that decided; null while pending.")
                             Long decidedBy,
                             Instant decidedAt,
                             @Schema(description = "不予批准的理由。Why it was refused.") String decisionReason) {
}
