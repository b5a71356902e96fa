package org.dangjian.contracts.transfer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A branch registered a transfer. Both ends travel with their paths ({@code fromOrgId} is null for a
 * member arriving from outside, {@code toOrgId} for one leaving the city, {@code externalOrg} names the
 * outside organisation), and {@code firstStep} is the approval now pending (null when the chain is empty
 * and the transfer awaits arrival at once).
 */
public record TransferRequested(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                                Long toOrgId, String toOrgPath, String externalOrg, LocalDate plannedDate,
                                TransferStepRef firstStep, Instant requestedAt) implements TransferEvent {
    public static final String TYPE = "dj.transfer.requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
