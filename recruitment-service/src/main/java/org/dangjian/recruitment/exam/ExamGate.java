package org.dangjian.recruitment.exam;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.step.RecordStepRequest;
import org.dangjian.recruitment.step.Requirement;
import org.dangjian.recruitment.step.StepRequirement;
import org.springframework.stereotype.Component;

/**
 * A step that waits for an exam (N07 activists', N12 candidates', N23 new members') is refused until the case has
 * a pass of that kind dated on or before the step's date: an online pass learning-service announced for the
 * applicant, or a paper exam at or above the pass mark.
 */
@Component
class ExamGate implements StepRequirement {
    static final String NOT_PASSED = "RECRUITMENT_EXAM_NOT_PASSED";
    private final CaseExamMapper exams;

    ExamGate(CaseExamMapper exams) {
        this.exams = exams;
    }

    @Override
    public Requirement kind() {
        return Requirement.EXAM;
    }

    @Override
    public void check(RecruitmentCase c, StepDefinition step, RecordStepRequest request, List<FieldProblem> problems) {
        boolean passed = exams.exists(Wrappers.<CaseExam>lambdaQuery().eq(CaseExam::getCaseId, c.getId())
                .eq(CaseExam::getKind, step.exam().name()).eq(CaseExam::getPassed, true)
                .le(CaseExam::getTakenOn, request.date()));
        if (!passed) {
            throw ApiException.conflict(NOT_PASSED, step.code(), step.exam().label(), request.date().toString(),
                    step.exam().name());
        }
    }
}
