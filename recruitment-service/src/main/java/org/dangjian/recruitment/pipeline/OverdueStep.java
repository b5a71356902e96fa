package org.dangjian.recruitment.pipeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.dangjian.recruitment.catalogue.Performer;

/** A next step past its due date: the case, the person as lists show them, the step, and who must act. */
@Schema(name = "RecruitmentOverdueStep", description = "逾期未办的步骤。A case's next step past its due date.")
public record OverdueStep(@Schema(description = "案卷号。The case id.") long caseId,
                          @Schema(description = "申请人所在党支部。The person's branch.") long orgId,
                          String name,
                          @Schema(description = "手机号（脱敏）。The phone, masked.", example = "138****5678") String phone,
                          @Schema(example = "N02") String stepCode,
                          String stepName,
                          Performer performer,
                          LocalDate dueDate,
                          @Schema(description = "已逾期天数。Days past the due date.") int daysOverdue,
                          @Schema(description = "应办理的组织。The organisation that must act.") Long actingOrgId,
                          String actingOrgName) {
}
