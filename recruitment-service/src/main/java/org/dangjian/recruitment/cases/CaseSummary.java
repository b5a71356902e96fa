package org.dangjian.recruitment.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A line of a branch's list of open cases. */
@Schema(name = "RecruitmentCaseSummary", description = "进行中的案卷（列表行）。An open case, as a list shows it.")
public record CaseSummary(@Schema(description = "案卷号，即申请人编号。The case id (the applicant id).") long id,
                          long orgId, String name,
                          @Schema(description = "手机号（脱敏）。The phone, masked.", example = "138****5678") String phone,
                          LocalDate applicationDate,
                          @Schema(example = "ACTIVIST") String stage,
                          @Schema(description = "最近完成的步骤。The step recorded last.", example = "N03") String lastStep,
                          LocalDate lastStepDate,
                          @Schema(description = "下一步；流程走完时为空。The next step's code; null when none is left.", example = "N04")
                          String nextStep,
                          String nextStepName) {
}
