package org.dangjian.recruitment.outcome;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.recruitment.RecruitmentAdmitted;
import org.dangjian.contracts.recruitment.RecruitmentCaseClosed;
import org.dangjian.contracts.recruitment.RecruitmentConfirmed;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.recruitment.cases.CaseStatus;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.CaseStepMapper;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.RecruitmentCaseMapper;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.StepRole;
import org.dangjian.recruitment.step.StepOutcome.Decision;
import org.springframework.stereotype.Component;

/**
 * What an approval's outcome does to the case and announces, in the step's transaction:
 * <ul>
 * <li>APPROVED: the case is ADMITTED; {@code recruitment.admitted} carries the person for member-service, the
 * admission date being the date of the branch meeting that voted (the catalogue's ADMISSION_VOTE step);</li>
 * <li>REFUSED: the case is closed, the person's ID index freed for a later application;
 * {@code recruitment.case-closed} lets org-service disable the applicant's account;</li>
 * <li>CONFIRMED: the case is CONFIRMED; {@code recruitment.confirmed} dates full membership from the day
 * probation ended (a year after the admission vote, or the extension's end), not from the decision;</li>
 * <li>EXTENDED: probation runs to the extension's end; the confirmation round's steps are superseded, to be
 * recorded again; {@code recruitment.confirmed} EXTENDED carries the end;</li>
 * <li>CANCELLED: the case is closed and freed as on a refusal; {@code recruitment.confirmed} CANCELLED
 * (member-service records the member as left) and {@code recruitment.case-closed}.</li>
 * </ul>
 */
@Component
class OutcomeEffects {
    private static final String MALE = "1";
    private static final String FEMALE = "2";
    private final RecruitmentCaseMapper cases;
    private final CaseStepMapper steps;
    private final Cases caseSteps;
    private final FieldCipher cipher;
    private final EventOutbox outbox;
    private final EventSeal seal;

    OutcomeEffects(RecruitmentCaseMapper cases, CaseStepMapper steps, Cases caseSteps, FieldCipher cipher,
                   EventOutbox outbox, EventSeal seal) {
        this.cases = cases;
        this.steps = steps;
        this.caseSteps = caseSteps;
        this.cipher = cipher;
        this.outbox = outbox;
        this.seal = seal;
    }

    void apply(RecruitmentCase c, Catalogue catalogue, CaseOutcome o) {
        LocalDate decided = o.getDecidedOn();
        switch (Decision.valueOf(o.getDecision())) {
            case APPROVED -> {
                c.setStatus(CaseStatus.ADMITTED.name());
                cases.updateById(c);
                outbox.add(admitted(c, admissionDate(c, catalogue)));
            }
            case REFUSED -> {
                close(c, CaseStatus.REFUSED, decided, o.getReason());
                outbox.add(new RecruitmentCaseClosed(c.getId(), RecruitmentCaseClosed.REFUSED, decided));
            }
            case CONFIRMED -> {
                c.setStatus(CaseStatus.CONFIRMED.name());
                cases.updateById(c);
                LocalDate end = c.getProbationExtendedUntil() != null ? c.getProbationExtendedUntil()
                        : Probation.regularEnd(admissionDate(c, catalogue));
                outbox.add(new RecruitmentConfirmed(c.getId(), RecruitmentConfirmed.CONFIRMED, end, null));
            }
            case EXTENDED -> {
                extend(c, catalogue, o.getExtendedUntil());
                outbox.add(new RecruitmentConfirmed(c.getId(), RecruitmentConfirmed.EXTENDED, decided,
                        o.getExtendedUntil()));
            }
            case CANCELLED -> {
                close(c, CaseStatus.CANCELLED, decided, o.getReason());
                outbox.add(new RecruitmentConfirmed(c.getId(), RecruitmentConfirmed.CANCELLED, decided, null));
                outbox.add(new RecruitmentCaseClosed(c.getId(), RecruitmentCaseClosed.CANCELLED, decided));
            }
        }
    }

    /** The date of the branch meeting that voted to admit: the political birthday. */
    LocalDate admissionDate(RecruitmentCase c, Catalogue catalogue) {
        StepDefinition vote = ConfirmationRound.withRole(catalogue, StepRole.ADMISSION_VOTE);
        LocalDate date = Cases.dates(caseSteps.steps(c.getId())).get(vote.code());
        if (date == null) {
            throw new IllegalStateException("case " + c.getId() + " has no admission vote before its approval");
        }
        return date;
    }

    private void close(RecruitmentCase c, CaseStatus status, LocalDate on, String reason) {
        c.setStatus(status.name());
        c.setClosedOn(on);
        c.setClosedReason(reason);
        c.setOpenIdIdx(null);
        cases.updateById(c);
        // updateById leaves null columns as they are: the index is freed explicitly
        cases.update(null, Wrappers.<RecruitmentCase>lambdaUpdate().set(RecruitmentCase::getOpenIdIdx, null)
                .eq(RecruitmentCase::getId, c.getId()));
    }

    /**
     * The extension: the round's rows (the approval's own included) are kept as history but superseded, and the
     * case stands again at the step before the round, so that the round is recorded anew.
     */
    private void extend(RecruitmentCase c, Catalogue catalogue, LocalDate until) {
        List<StepDefinition> round = ConfirmationRound.steps(catalogue);
        List<String> codes = round.stream().map(StepDefinition::code).toList();
        CaseStep superseded = new CaseStep();
        superseded.setSuperseded(true);
        steps.update(superseded, Wrappers.<CaseStep>lambdaUpdate().eq(CaseStep::getCaseId, c.getId())
                .in(CaseStep::getStepCode, codes).eq(CaseStep::getRoundNo, c.getConfirmationRound()));
        StepDefinition before = catalogue.steps().get(catalogue.position(round.get(0).code()) - 1);
        Map<String, LocalDate> recorded = Cases.dates(caseSteps.steps(c.getId()));
        c.setConfirmationRound(c.getConfirmationRound() + 1);
        c.setProbationExtendedUntil(until);
        c.setStage(before.stage());
        c.setLastStep(before.code());
        c.setLastStepOn(recorded.get(before.code()));
        cases.updateById(c);
    }

    private RecruitmentAdmitted admitted(RecruitmentCase c, LocalDate admissionDate) {
        String idNumber = cipher.decrypt(c.getIdNumberEnc());
        String gender = switch (c.getGender()) {
            case MALE -> "MALE";
            case FEMALE -> "FEMALE";
            // 0 and 9 (not known, not stated) are GB/T 2261.1 codes; the member's record takes the ID number's
            default -> ResidentIdNumbers.isMale(idNumber) ? "MALE" : "FEMALE";
        };
        return new RecruitmentAdmitted(c.getId(), c.getOrgId(), c.getOrgPath(), c.getName(), gender, c.getEthnicity(),
                c.getBirthDate(), seal.seal(idNumber), seal.seal(cipher.decrypt(c.getPhoneEnc())), c.getEducation(), admissionDate);
    }
}
