package org.dangjian.recruitment.cases;

import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.stereotype.Component;

/**
 * The step of a case a caller acts on (records it, attaches its evidence, asks to change it), checked the same
 * way for each: the case in the caller's scope (else not found), the step in the case's catalogue version (else
 * not found), and the caller one who may record it (else forbidden, naming who performs it).
 */
@Component
public class StepsToAct {
    public static final String STEP_NOT_FOUND = "RECRUITMENT_STEP_NOT_FOUND";
    public static final String PERFORMED_BY = "RECRUITMENT_STEP_PERFORMED_BY";
    private final Cases cases;
    private final Catalogues catalogues;
    private final Performers performers;
    private final OrgDirectory orgs;

    StepsToAct(Cases cases, Catalogues catalogues, Performers performers, OrgDirectory orgs) {
        this.cases = cases;
        this.catalogues = catalogues;
        this.performers = performers;
        this.orgs = orgs;
    }

    /** The case, its catalogue, the step and the case's branch, once the caller may act on the step. */
    public record Acting(RecruitmentCase c, Catalogue catalogue, StepDefinition step, OrgRef branch) {
    }

    public Acting on(long caseId, String code, CurrentUser caller) {
        Acting acting = find(caseId, code);
        mayAct(acting, caller);
        return acting;
    }

    /** The case in scope and its step, the caller not checked yet (a closed case says so before who may act). */
    public Acting find(long caseId, String code) {
        RecruitmentCase c = cases.inScope(caseId);
        Catalogue catalogue = catalogues.version(c.getCatalogueVersion());
        StepDefinition step = catalogue.step(code);
        if (step == null) {
            throw ApiException.notFound(STEP_NOT_FOUND, code);
        }
        OrgRef branch = orgs.find(c.getOrgId()).orElseThrow(() -> ApiException.notFound(Cases.NOT_FOUND));
        return new Acting(c, catalogue, step, branch);
    }

    /** Refuses a caller who may not record the step, naming who performs it. */
    public void mayAct(Acting acting, CurrentUser caller) {
        StepDefinition step = acting.step();
        if (!performers.mayRecord(step.performer(), acting.branch(), caller)) {
            throw ApiException.forbidden(PERFORMED_BY, step.code(), step.performer().label(),
                    step.performer().name().toLowerCase().replace('_', ' '));
        }
    }
}
