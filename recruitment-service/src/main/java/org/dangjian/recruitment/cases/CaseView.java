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
                               @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = "步骤字段的值。The values of the step's fields.") Map<String, Object> fields,
                               @Schema(description = "记录人账号。The account that recorded it.") long recordedBy,
                               Instant recordedAt,
                               @Schema(description = "支部大会表决；不表决的步骤为空。The branch meeting's vote; null for "
                                       + "steps without one.") Vote vote,
                               @Schema(description = "步骤指定的党员（培养联系人、入党介绍人）；不指定时为空。The members the "
                                       + "step named (training contacts, introducers); null for steps naming nobody.")
                               List<NamedMember> people,
                               @Schema(description = "该步骤的附件（经批准撤下的除外）。The files attached to the step, "
                                       + "except those an approved change took off.") List<AttachmentView> attachments,
                               @Schema(description = "流程要求的照片或材料尚未上传（如申请时记录的第一步），请补传。The "
                                       + "photo or document the catalogue asks for is not attached yet (e.g. the "
                                       + "application, recorded when the case opened): to be added.")
                               boolean evidenceMissing,
                               @Schema(description = "对该步骤的修改申请及审批，原值在其中保留。The change requests to "
                                       + "the step and their decisions, keeping the original values.")
                               List<StepChangeView> changes) {
    }

    /**
     * A branch meeting's vote as recorded. {@code entitled} is the number of full members of the branch on the
     * roster when the vote was recorded (today's roster, not the meeting date's: the roster keeps no history).
     */
    @Schema(name = "RecruitmentStepVote", description = "支部大会表决结果。有表决权的正式党员人数取记录时党员名册上本支部的正式党员"
            + "（预备党员无表决权）。The vote: entitled is the branch's full members on the roster when the vote was recorded "
            + "(probationary members have no vote).")
    public record Vote(@Schema(example = "20") int entitled, @Schema(example = "15") int present,
                       @Schema(example = "14") int yes, @Schema(example = "0") int no, @Schema(example = "1") int abstain) {
    }

    @Schema(name = "RecruitmentNamedMember", description = "步骤指定的党员。A member a step named.")
    public record NamedMember(@Schema(description = "党员编号。The member id.") long memberId,
                              @Schema(example = "王芳") String name) {
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
                           LocalDate latestDate,
                           @Schema(description = "已为该步骤预先上传的附件。Files already uploaded as its evidence.")
                           List<AttachmentView> attachments) {
    }
}
