package org.dangjian.recruitment.outcome;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.StepRole;
import org.dangjian.recruitment.step.RecordStepRequest;
import org.dangjian.recruitment.step.Requirement;
import org.dangjian.recruitment.step.StepOutcome;
import org.dangjian.recruitment.step.StepOutcome.Decision;
import org.dangjian.recruitment.step.StepRequirement;
import org.springframework.stereotype.Component;

/**
 * The outcome the two approvals record (OUTCOME): the admission approval approves or refuses, the confirmation
 * approval confirms, extends probation once (6 to 12 months) or cancels it; a refusal and a cancellation give
 * their reason. Once probation is extended, the confirmation round's steps are recorded again: the vote not
 * before the extension ends, none of them before the extension was decided. What each outcome does to the case
 * and announces is {@link OutcomeEffects}.
 */
@Component
class ApprovalOutcomes implements StepRequirement {
    static final String OUTCOME_REQUIRED = "RECRUITMENT_OUTCOME_REQUIRED";
    static final String NOT_FOR_STEP = "RECRUITMENT_OUTCOME_NOT_FOR_STEP";
    static final String REASON_REQUIRED = "RECRUITMENT_OUTCOME_REASON_REQUIRED";
    static final String EXTENSION_LENGTH = "RECRUITMENT_OUTCOME_EXTENSION_LENGTH";
    static final String EXTENSION_ONLY = "RECRUITMENT_OUTCOME_EXTENSION_ONLY";
    static final String ALREADY_EXTENDED = "RECRUITMENT_PROBATION_ALREADY_EXTENDED";
    static final String BEFORE_EXTENSION_ENDS = "RECRUITMENT_STEP_BEFORE_EXTENSION_ENDS";
    static final String BEFORE_EXTENSION_DECIDED = "RECRUITMENT_STEP_BEFORE_EXTENSION_DECIDED";
    private static final Set<Decision> ADMISSION = Set.of(Decision.APPROVED, Decision.REFUSED);
    private static final Set<Decision> CONFIRMATION = Set.of(Decision.CONFIRMED, Decision.EXTENDED, Decision.CANCELLED);
    private static final String PROBATION_STAGE = "PROBATION";

    private final Catalogues catalogues;
    private final CaseOutcomeMapper outcomes;
    private final OutcomeEffects effects;

    ApprovalOutcomes(Catalogues catalogues, CaseOutcomeMapper outcomes, OutcomeEffects effects) {
        this.catalogues = catalogues;
        this.outcomes = outcomes;
        this.effects = effects;
    }

    @Override
    public Requirement kind() {
        return Requirement.OUTCOME;
    }

    /** The approvals, and the probation's steps, which an extension may send round again. */
    @Override
    public boolean asks(StepDefinition step) {
        return Requirement.OUTCOME.askedBy(step) || PROBATION_STAGE.equals(step.stage());
    }

    @Override
    public void check(RecruitmentCase c, StepDefinition step, RecordStepRequest request, List<FieldProblem> problems) {
        if (extended(c)) {
            checkSecondRound(c, step, request.date());
        }
        if (!Requirement.OUTCOME.askedBy(step)) {
            return;
        }
        StepOutcome o = request.outcome();
        if (o == null || o.decision() == null) {
            problems.add(new FieldProblem(o == null ? "outcome" : "outcome.decision", OUTCOME_REQUIRED));
            return;
        }
        Set<Decision> allowed = step.role() == StepRole.ADMISSION_APPROVAL ? ADMISSION : CONFIRMATION;
        if (!allowed.contains(o.decision())) {
            problems.add(new FieldProblem("outcome.decision", NOT_FOR_STEP));
            return;
        }
        if ((o.decision() == Decision.REFUSED || o.decision() == Decision.CANCELLED)
                && (o.reason() == null || o.reason().isBlank())) {
            problems.add(new FieldProblem("outcome.reason", REASON_REQUIRED));
        }
        if (o.decision() != Decision.EXTENDED && o.extendMonths() != null) {
            problems.add(new FieldProblem("outcome.extendMonths", EXTENSION_ONLY));
        }
        if (o.decision() == Decision.EXTENDED) {
            if (extended(c)) {
                throw ApiException.conflict(ALREADY_EXTENDED, c.getProbationExtendedUntil().toString());
            }
            if (!Probation.extensionLengthAllowed(o.extendMonths())) {
                problems.add(new FieldProblem("outcome.extendMonths", EXTENSION_LENGTH));
            }
        }
    }

    @Override
    public void recorded(RecruitmentCase c, StepDefinition step, CaseStep row, RecordStepRequest request) {
        if (!Requirement.OUTCOME.askedBy(step)) {
            return;
        }
        StepOutcome o = request.outcome();
        Catalogue catalogue = catalogues.version(c.getCatalogueVersion());
        CaseOutcome outcome = new CaseOutcome();
        outcome.setCaseId(c.getId());
        outcome.setCaseStepId(row.getId());
        outcome.setStepCode(step.code());
        outcome.setOrgPath(c.getOrgPath());
        outcome.setDecision(o.decision().name());
        outcome.setDecidedOn(row.getDoneOn());
        outcome.setReason(o.reason() == null || o.reason().isBlank() ? null : o.reason().trim());
        outcome.setExtendMonths(o.extendMonths());
        if (o.decision() == Decision.EXTENDED) {
            outcome.setExtendedUntil(Probation.extendedEnd(effects.admissionDate(c, catalogue), o.extendMonths()));
        }
        outcomes.insert(outcome);
        effects.apply(c, catalogue, outcome);
    }

    /**
     * In the second round the vote waits for the extension's end, and no step of the round goes back before the
     * extension was decided (the first round's dates no longer count: their rows are superseded).
     */
    private void checkSecondRound(RecruitmentCase c, StepDefinition step, LocalDate date) {
        Catalogue catalogue = catalogues.version(c.getCatalogueVersion());
        if (!ConfirmationRound.includes(catalogue, step)) {
            return;
        }
        CaseOutcome extension = outcomes.selectOne(Wrappers.<CaseOutcome>lambdaQuery()
                .eq(CaseOutcome::getCaseId, c.getId()).eq(CaseOutcome::getDecision, Decision.EXTENDED.name()));
        if (extension != null && date.isBefore(extension.getDecidedOn())) {
            throw ApiException.conflict(BEFORE_EXTENSION_DECIDED, step.code(), extension.getDecidedOn().toString());
        }
        if (step.role() == StepRole.CONFIRMATION_VOTE && date.isBefore(c.getProbationExtendedUntil())) {
            throw ApiException.conflict(BEFORE_EXTENSION_ENDS, step.code(), c.getProbationExtendedUntil().toString());
        }
    }

    private static boolean extended(RecruitmentCase c) {
        return c.getProbationExtendedUntil() != null;
    }
}
