package org.dangjian.recruitment.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.recruitment.catalogue.Performer;

/** A case as an administrator sees it: the person (numbers masked), where they stand, the steps, what is next. */
@Schema(name = "RecruitmentCase", description = "一名入党申请人的发展全程纪实。One person's development: the person, the "
        + "steps recorded and the step to do next.")
public record CaseView(@Schema(description = "案卷号，即申请人编号。The case id, which is the applicant id.") long id,
                       @Schema(description = "案卷所用的流程版本。The catalogue version the case follows.") int catalogueVersion,
                       @Schema(description = "申请人所在党支部。The applicant's branch.") long orgId,
                       String orgName,
                       String name,
                       @Schema(description = "性别：GB/T 2261.1 代码。Gender, GB/T 2261.1 code.", example = "2") String gender,
                       @Schema(example = "女") String genderName,
                       @Schema(description = "出生日期（取自身份证号）。Birth date, from the ID number.") LocalDate birthDate,
                       @Schema(description = "身份证号（脱敏）。The ID number, masked.", example = "3205**********1234") String idNumber,
                       @Schema(description = "手机号（脱敏）。The phone, masked.", example = "138****5678") String phone,
                       String workUnit,
                       @Schema(description = "学历：GB/T 4658 代码。Education, GB/T 4658 code.", example = "21") String education,
                       @Schema(example = "大学本科毕业") String educationName,
                       @Schema(description = "民族：GB 3304 代码。Ethnicity, GB 3304 code.", example = "01") String ethnicity,
                       @Schema(example = "汉族") String ethnicityName,
                       @Schema(description = "递交入党申请书的日期。Date of the written application.") LocalDate applicationDate,
                       CaseStatus status,
                       @Schema(description = "所处阶段代码。The stage's code.", example = "ACTIVIST") String stage,
                       @Schema(example = "入党积极分子的确定和培养教育") String stageName,
                       @Schema(description = "已完成的步骤，按流程顺序。The steps recorded, in the catalogue's order.")
                       List<RecordedStep> steps,
                       @Schema(description = "下一步；流程走完时为空。The step to do next; null when none is left.") NextStep next) {

    @Schema(name = "RecruitmentRecordedStep", description = "已记录的步骤。A step recorded.")
    public record RecordedStep(@Schema(example = "N02") String code, String name,
                               @Schema(description = "完成日期。The date it was done.") LocalDate date,
                               @Schema(description = "步骤字段的值。The values of the step's fields.") Map<String, Object> fields,
                               @Schema(description = "记录人账号。The account that recorded it.") long recordedBy,
                               Instant recordedAt) {
    }

    @Schema(name = "RecruitmentNextStep", description = "下一步：由谁办理、最早何时可以记录、应何时完成。The step to do next: who "
            + "performs it, from when it may be recorded, when it is due.")
    public record NextStep(@Schema(example = "N03") String code, String name, String stage, Performer performer,
                           @Schema(example = "党支部") String performerName,
                           @Schema(description = "办理的组织。The organisation that performs it.") Long actingOrgId,
                           String actingOrgName,
                           @Schema(description = "最早可记录日期；无限制时为空。The first day it may be recorded; null when any day may.")
                           LocalDate firstAllowedDate,
                           @Schema(description = "应完成日期；无时限时为空。The day it is due; null when no rule sets one.")
                           LocalDate dueDate,
                           @Schema(description = "最迟记录日期；无限制时为空。The last day it may be recorded; null when none.")
                           LocalDate latestDate) {
    }
}
