package org.dangjian.recruitment.step;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.recruitment.cases.CaseStatus;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.StepsToAct;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.cases.StepLog;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator of the organisation that performs a step records it on a case in their scope: the step of
 * the case's own catalogue version, in order, on time, with its fields; announced as
 * {@code recruitment.step-recorded} in the same transaction.
 */
@Service
class StepRecording {
    static final String CASE_NOT_OPEN = "RECRUITMENT_CASE_NOT_OPEN";
    static final String DATE_IN_THE_FUTURE = "RECRUITMENT_DATE_IN_THE_FUTURE";
    private final Cases cases;
    private final StepsToAct stepsToAct;
    private final StepLog log;
    private final Clock clock;
    private final List<StepRequirement> requirements;
    private final StepDates dates;

    StepRecording(Cases cases, StepsToAct stepsToAct, StepLog log, Clock clock, List<StepRequirement> requirements,
                  StepDates dates) {
        this.cases = cases;
        this.stepsToAct = stepsToAct;
        this.log = log;
        this.clock = clock;
        this.requirements = requirements;
        this.dates = dates;
    }

    @Transactional
    public void record(long caseId, String code, RecordStepRequest r, CurrentUser caller) {
        StepsToAct.Acting acting = stepsToAct.find(caseId, code);
        RecruitmentCase c = acting.c();
        Catalogue catalogue = acting.catalogue();
        StepDefinition step = acting.step();
        OrgRef branch = acting.branch();
        if (!CaseStatus.valueOf(c.getStatus()).takesSteps()) {
            throw ApiException.conflict(CASE_NOT_OPEN);
        }
        stepsToAct.mayAct(acting, caller);
        Map<String, LocalDate> recorded = Cases.dates(cases.steps(caseId));
        StepGate.inOrder(catalogue, step, recorded);
        List<StepRequirement> asked = requirements.stream().filter(q -> q.asks(step)).toList();
        StepGate.supported(step, requirements);
        List<FieldProblem> problems = new ArrayList<>(FieldCheck.problems(step, r.fields()));
        if (r.date().isAfter(LocalDate.now(clock))) {
            problems.add(0, new FieldProblem("date", DATE_IN_THE_FUTURE));
        }
        StepGate.onTime(dates, catalogue, step, recorded, r.date());
        for (StepRequirement q : asked) {
            q.check(c, step, r, problems);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        CaseStep row;
        try {
            row = log.record(c, catalogue, step, r.date(), r.fields(), caller.accountId());
        } catch (DuplicateKeyException e) {
            // another administrator recorded it at the same moment
            throw ApiException.conflict(StepGate.ALREADY_RECORDED, step.code());
        }
        for (StepRequirement q : asked) {
            q.recorded(c, step, row, r);
        }
    }
}
