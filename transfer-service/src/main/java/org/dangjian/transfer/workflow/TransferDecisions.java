package org.dangjian.transfer.workflow;

import org.dangjian.kit.calendar.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approver decides the pending step. Approval opens the next level (with its due date) or, after the
 * last, issues the letter of introduction; rejection ends the transfer with the comment as its reason.
 * Two approvers acting at once cannot both win: the step only changes while still pending and the
 * transfer's version must not have moved, so the second gets 409.
 */
@Service
public class TransferDecisions {
    static final String NOT_PENDING = "TRANSFER_NOT_PENDING";
    static final String CHANGED_CONCURRENTLY = "TRANSFER_CHANGED_CONCURRENTLY";
    static final String NOT_YOUR_STEP = "TRANSFER_NOT_YOUR_STEP";
    static final String REASON_REQUIRED = "TRANSFER_REJECTION_REASON_REQUIRED";

    private final TransferAccess access;
    private final TransferMapper transfers;
    private final TransferStepMapper steps;
    private final TransferHistoryMapper history;
    private final WorkingDays workingDays;
    private final TransferProperties properties;
    private final LetterIssue letters;
    private final EventOutbox outbox;
    private final Clock clock;

    TransferDecisions(TransferAccess access, TransferMapper transfers, TransferStepMapper steps,
                      TransferHistoryMapper history, WorkingDays workingDays, TransferProperties properties,
                      LetterIssue letters, EventOutbox outbox, Clock clock) {
        this.access = access;
        this.transfers = transfers;
        this.steps = steps;
        this.history = history;
        this.workingDays = workingDays;
        this.properties = properties;
        this.letters = letters;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Transfer approve(long id, DecisionRequest decision, CurrentUser caller) {
        Transfer t = access.get(id);
        List<TransferStep> chain = access.stepsOf(id);
        TransferStep step = decide(t, chain, decision, caller, StepStatus.APPROVED);
        Instant now = step.getDecidedAt();
        TransferStep next = chain.stream().filter(s -> s.getSeq() == step.getSeq() + 1).findFirst().orElse(null);
        if (next != null) {
            next.setStatus(StepStatus.PENDING);
            next.setPendingSince(now);
            next.setDueDate(workingDays.add(LocalDate.now(clock), properties.stepWorkingDays()));
            steps.open(next.getId(), now, next.getDueDate());
        } else {
            t.setStatus(TransferStatus.APPROVED);
            letters.issue(t, LocalDate.now(clock), step);
        }
        access.save(t);
        history.add(id, "APPROVED", step.getSeq(), caller.accountId(), caller.username(), now, step.getComment());
        outbox.add(TransferEvents.approved(t, step, next, now));
        return t;
    }

    @Transactional
    public Transfer reject(long id, DecisionRequest decision, CurrentUser caller) {
        if (decision.comment() == null) {
            throw ApiException.invalidField("comment", REASON_REQUIRED);
        }
        Transfer t = access.get(id);
        TransferStep step = decide(t, access.stepsOf(id), decision, caller, StepStatus.REJECTED);
        t.setOutcomeComment(decision.comment());
        t.close(TransferStatus.REJECTED, step.getDecidedAt());
        access.save(t);
        history.add(id, "REJECTED", step.getSeq(), caller.accountId(), caller.username(), step.getDecidedAt(),
                decision.comment());
        outbox.add(TransferEvents.rejected(t, step, step.getDecidedAt()));
        return t;
    }

    private TransferStep decide(Transfer t, List<TransferStep> chain, DecisionRequest decision, CurrentUser caller,
                                StepStatus outcome) {
        if (t.getStatus() != TransferStatus.PENDING) {
            throw ApiException.conflict(NOT_PENDING);
        }
        if (decision.version() != null && !decision.version().equals(t.getVersion())) {
            throw ApiException.conflict(CHANGED_CONCURRENTLY);
        }
        TransferStep step = chain.stream().filter(s -> s.getStatus() == StepStatus.PENDING).findFirst()
                .orElseThrow(() -> ApiException.conflict(NOT_PENDING));
        // only the organisation at this step decides it (or the city, which may decide any step)
        if (!caller.isCityAdmin() && !step.getOrgId().equals(caller.orgId())) {
            throw ApiException.forbidden(NOT_YOUR_STEP);
        }
        Instant now = clock.instant();
        if (steps.decide(step.getId(), outcome, caller.accountId(), caller.username(), now, decision.comment()) == 0) {
            throw ApiException.conflict(CHANGED_CONCURRENTLY);
        }
        step.setStatus(outcome);
        step.setDecidedBy(caller.accountId());
        step.setDecidedByName(caller.username());
        step.setDecidedAt(now);
        step.setComment(decision.comment());
        return step;
    }

}
