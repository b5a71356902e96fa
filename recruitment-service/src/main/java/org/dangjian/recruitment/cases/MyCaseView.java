package org.dangjian.recruitment.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * An applicant's own case as the mini-program shows it: where they stand, the steps done with their dates, and the
 * next step with who performs it and by when. Not the values, votes, named people or files of the steps: those are
 * the branch's record.
 */
@Schema(name = "MyRecruitmentCase", description = "申请人本人的发展进度：所处阶段、已完成的步骤和下一步。An applicant's own progress.")
public record MyCaseView(String name, String orgName,
                         @Schema(description = "递交入党申请书的日期。Date of the written application.") LocalDate applicationDate,
                         CaseStatus status,
                         @Schema(description = "案卷状态名称。The status by name.", example = "进行中") String statusName,
                         @Schema(description = "所处阶段名称。The stage by name.", example = "入党积极分子的确定和培养教育") String stageName,
                         @Schema(description = "已完成的步骤，按流程顺序。The steps done, in order.") List<Done> steps,
                         @Schema(description = "下一步；流程走完时为空。The next step; absent when none is left.") Next next) {

    @Schema(name = "MyRecruitmentStep", description = "一个已完成的步骤。A step done.")
    public record Done(@Schema(example = "递交入党申请书") String name, LocalDate date) {
    }

    @Schema(name = "MyRecruitmentNextStep", description = "下一步：由谁办理、何时可以办、应何时完成。The next step.")
    public record Next(@Schema(example = "确定入党积极分子") String name,
                       @Schema(description = "办理方。Who performs it.", example = "党支部") String performerName,
                       @Schema(description = "办理的组织。The organisation that performs it.") String actingOrgName,
                       @Schema(description = "最早可办理日期。The first day it may be done.") LocalDate firstAllowedDate,
                       @Schema(description = "应完成日期。The day it is due.") LocalDate dueDate) {
    }

    static MyCaseView of(CaseView c) {
        CaseView.NextStep n = c.next();
        return new MyCaseView(c.name(), c.orgName(), c.applicationDate(), c.status(), c.status().label(), c.stageName(),
                c.steps().stream().map(s -> new Done(s.name(), s.date())).toList(),
                n == null ? null : new Next(n.name(), n.performerName(), n.actingOrgName(), n.firstAllowedDate(), n.dueDate()));
    }
}
