package org.dangjian.recruitment.step;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.recruitment.cases.CaseStatus;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.Performers;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.cases.StepLog;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
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
    static final String STEP_NOT_FOUND = "RECRUITMENT_STEP_NOT_FOUND";
    static final String CASE_NOT_OPEN = "RECRUITMENT_CASE_NOT_OPEN";
    static final String PERFORMED_BY = "RECRUITMENT_STEP_PERFORMED_BY";
    static final String DATE_IN_THE_FUTURE = "RECRUITMENT_DATE_IN_THE_FUTURE";
    private final Cases cases;
    private final Catalogues catalogues;
    private final Performers performers;
    private final OrgDirectory orgs;
    private final StepLog log;
    private final Clock clock;
    private final List<StepRequirement> requirements;
    private final StepDates dates;

    StepRecording(Cases cases, Catalogues catalogues, Performers performers, OrgDirectory orgs, StepLog log,
                  Clock clock, List<StepRequirement> requirements, StepDates dates) {
        this.cases = cases;
        this.catalogues = catalogues;
        this.performers = performers;
        this.orgs = orgs;
        this.log = log;
        this.clock = clock;
        this.requirements = requirements;
        this.dates = dates;
    }

    @Transactional
    public void record(long caseId, String code, RecordStepRequest r, CurrentUser caller) {
        RecruitmentCase c = cases.inScope(caseId);
        Catalogue catalogue = catalogues.version(c.getCatalogueVersion());
        StepDefinition step = catalogue.step(code);
        if (step == null) {
            throw ApiException.notFound(STEP_NOT_FOUND, code);
        }
        if (!CaseStatus.valueOf(c.getStatus()).takesSteps()) {
            throw ApiException.conflict(CASE_NOT_OPEN);
        }
        OrgRef branch = orgs.find(c.getOrgId()).orElseThrow(() -> ApiException.notFound(Cases.NOT_FOUND));
        if (!performers.mayRecord(step.performer(), branch, caller)) {
            throw ApiException.forbidden(PERFORMED_BY, step.code(), step.performer().label(),
                    step.performer().name().toLowerCase().replace('_', ' '));
        }
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
