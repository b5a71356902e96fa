package org.dangjian.recruitment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.recruitment.RecruitmentCaseOpened;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.RecruitmentCaseMapper;
import org.dangjian.recruitment.cases.StepLog;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.rules.AdmissionRuleDefinition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A branch opens a case from a written application: on the latest catalogue version, with its application step
 * recorded on the application's date, announced as {@code recruitment.case-opened} (org-service opens the
 * applicant's account from it) and {@code recruitment.step-recorded}, in one transaction. One open case per
 * person: the ID number's blind index is unique among open cases.
 */
@Service
class CaseOpening {
    static final String NOT_A_BRANCH = "RECRUITMENT_NOT_A_BRANCH";
    static final String ALREADY_OPEN = "RECRUITMENT_CASE_ALREADY_OPEN";
    private final OrgDirectory orgs;
    private final Catalogues catalogues;
    private final RuleBook rules;
    private final AdmissionRuleDefinition admission;
    private final RecruitmentCaseMapper cases;
    private final StepLog steps;
    private final NewCases newCases;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final Clock clock;

    CaseOpening(OrgDirectory orgs, Catalogues catalogues, RuleBook rules, AdmissionRuleDefinition admission,
                RecruitmentCaseMapper cases, StepLog steps, NewCases newCases, EventOutbox outbox, EventSeal seal,
                Clock clock) {
        this.orgs = orgs;
        this.catalogues = catalogues;
        this.rules = rules;
        this.admission = admission;
        this.cases = cases;
        this.steps = steps;
        this.newCases = newCases;
        this.outbox = outbox;
        this.seal = seal;
        this.clock = clock;
    }

    /** Administrators of the branch or above (the controller says so); a branch outside their scope is not found. */
    @Transactional
    public long open(OpenCaseRequest r, CurrentUser caller) {
        OrgRef branch = orgs.findInScope(r.orgId(), caller);
        if (!branch.holdsMembers() || branch.dissolved()) {
            throw ApiException.invalidField("orgId", NOT_A_BRANCH);
        }
        int minimumAge = rules.inForce(admission, r.applicationDate()).minimumAge();
        List<FieldProblem> problems = ApplicationRules.problems(r, LocalDate.now(clock), minimumAge);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems, minimumAge);
        }
        Catalogue catalogue = catalogues.current();
        RecruitmentCase c = newCases.record(r, branch, catalogue, caller.accountId());
        try {
            cases.insert(c);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(ALREADY_OPEN);
        }
        outbox.add(new RecruitmentCaseOpened(c.getId(), branch.orgId(), branch.path(), c.getName(), seal.seal(r.phone().trim()),
                r.applicationDate()));
        steps.record(c, catalogue, NewCases.applicationStep(catalogue), r.applicationDate(), Map.of(), caller.accountId());
        return c.getId();
    }
}
