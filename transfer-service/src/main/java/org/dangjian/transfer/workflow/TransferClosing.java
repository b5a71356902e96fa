package org.dangjian.transfer.workflow;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ends of a transfer besides rejection: the receiving side confirms the member reported
 * ({@code transfer.completed}, which moves the member), the registering side cancels, or the letter runs
 * out before the member reports. Confirming the arrival is the one way a transfer completes: within the
 * city the receiving branch confirms that the member reported (no letter), out of the city the sending
 * side confirms the receipt came back.
 */
@Service
public class TransferClosing {
    static final String NOT_APPROVED = "TRANSFER_NOT_APPROVED";
    static final String NOT_OPEN = "TRANSFER_NOT_OPEN";
    static final String LETTER_EXPIRED = "TRANSFER_LETTER_EXPIRED";
    static final String REPORTING_PERIOD_OVER = "TRANSFER_REPORTING_PERIOD_OVER";
    static final String NOT_RECEIVING_SIDE = "TRANSFER_NOT_RECEIVING_SIDE";
    static final String NOT_REGISTERING_SIDE = "TRANSFER_NOT_REGISTERING_SIDE";

    private final TransferAccess access;
    private final TransferMapper transfers;
    private final TransferHistoryMapper history;
    private final EventOutbox outbox;
    private final Clock clock;

    TransferClosing(TransferAccess access, TransferMapper transfers, TransferHistoryMapper history, EventOutbox outbox,
                    Clock clock) {
        this.access = access;
        this.transfers = transfers;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Transfer arrive(long id, DecisionRequest note, CurrentUser caller) {
        Transfer t = access.get(id);
        TransferAccess.requireSide(caller, t.receivingPath(), NOT_RECEIVING_SIDE);
        if (t.getStatus() != TransferStatus.APPROVED) {
            throw ApiException.conflict(NOT_APPROVED);
        }
        if (LocalDate.now(clock).isAfter(t.getLetterValidUntil())) {
            // within the city there is no letter to run out, only the period to report in
            throw ApiException.conflict(t.printsLetter() ? LETTER_EXPIRED : REPORTING_PERIOD_OVER);
        }
        Instant now = clock.instant();
        t.close(TransferStatus.COMPLETED, now);
        access.save(t);
        history.add(id, "ARRIVED", null, caller.accountId(), caller.username(), now, note.comment());
        outbox.add(TransferEvents.completed(t, now));
        return t;
    }

    @Transactional
    public Transfer cancel(long id, DecisionRequest note, CurrentUser caller) {
        Transfer t = access.get(id);
        TransferAccess.requireSide(caller, t.registeringPath(), NOT_REGISTERING_SIDE);
        if (!t.getStatus().open()) {
            throw ApiException.conflict(NOT_OPEN);
        }
        Instant now = clock.instant();
        t.setOutcomeComment(note.comment());
        t.close(TransferStatus.CANCELLED, now);
        access.save(t);
        history.add(id, "CANCELLED", null, caller.accountId(), caller.username(), now, note.comment());
        outbox.add(TransferEvents.cancelled(t, now));
        return t;
    }

    /**
     * Ends every approved transfer whose letter ran out before {@code today}, with {@code transfer.expired}
     * for each. Returns how many expired. It runs without a caller (the nightly job) or for the city
     * administrator, who sees the whole city anyway; with any other caller the caller's scope applies.
     */
    @Transactional
    @Unscoped("a letter lapses wherever its transfer is: the nightly expiry run has no caller and ends every"
            + " approved transfer in the city whose letter ran out")
    public int expireLettersBefore(LocalDate today) {
        List<Transfer> overdue = transfers.selectList(new QueryWrapper<Transfer>()
                .eq("status", TransferStatus.APPROVED.name()).lt("letter_valid_until", today));
        Instant now = clock.instant();
        for (Transfer t : overdue) {
            t.close(TransferStatus.EXPIRED, now);
            access.save(t);
            history.add(t.getId(), "EXPIRED", null, null, null, now, null);
            outbox.add(TransferEvents.expired(t, now));
        }
        return overdue.size();
    }

}
