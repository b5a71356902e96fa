package org.dangjian.transfer.workflow;

import java.time.Instant;
import org.dangjian.contracts.transfer.TransferCancelled;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.contracts.transfer.TransferExpired;
import org.dangjian.contracts.transfer.TransferRejected;
import org.dangjian.contracts.transfer.TransferRequested;
import org.dangjian.contracts.transfer.TransferStepApproved;

/** The integration events of a transfer, each carrying both ends with their paths so consumers need not call back. */
final class TransferEvents {
    private TransferEvents() {
    }

    static TransferRequested requested(Transfer t, TransferStep first) {
        return new TransferRequested(t.getId(), t.getMemberId(), t.getKind().name(), t.getFromOrgId(), t.getFromOrgPath(),
                t.getToOrgId(), t.getToOrgPath(), t.getExternalOrg(), t.getPlannedDate(),
                first == null ? null : first.ref(), t.getRegisteredAt());
    }

    static TransferStepApproved approved(Transfer t, TransferStep step, TransferStep next, Instant at) {
        return new TransferStepApproved(t.getId(), t.getMemberId(), t.getKind().name(), t.getFromOrgId(),
                t.getFromOrgPath(), t.getToOrgId(), t.getToOrgPath(), t.getExternalOrg(), step.ref(),
                next == null ? null : next.ref(), step.getComment(), at, next == null ? t.getLetterValidUntil() : null);
    }

    static TransferRejected rejected(Transfer t, TransferStep step, Instant at) {
        return new TransferRejected(t.getId(), t.getMemberId(), t.getKind().name(), t.getFromOrgId(), t.getFromOrgPath(),
                t.getToOrgId(), t.getToOrgPath(), t.getExternalOrg(), step.ref(), step.getComment(), at);
    }

    static TransferCompleted completed(Transfer t, Instant at) {
        return new TransferCompleted(t.getId(), t.getMemberId(), t.getKind().name(), t.getFromOrgId(),
                t.getFromOrgPath(), t.getToOrgId(), t.getToOrgPath(), t.getExternalOrg(), at);
    }

    static TransferCancelled cancelled(Transfer t, Instant at) {
        return new TransferCancelled(t.getId(), t.getMemberId(), t.getKind().name(), t.getFromOrgId(),
                t.getFromOrgPath(), t.getToOrgId(), t.getToOrgPath(), t.getExternalOrg(), t.getOutcomeComment(), at);
    }

    static TransferExpired expired(Transfer t, Instant at) {
        return new TransferExpired(t.getId(), t.getMemberId(), t.getKind().name(), t.getFromOrgId(), t.getFromOrgPath(),
                t.getToOrgId(), t.getToOrgPath(), t.getExternalOrg(), t.getLetterValidUntil(), at);
    }
}
