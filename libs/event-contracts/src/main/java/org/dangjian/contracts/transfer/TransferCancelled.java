package org.dangjian.contracts.transfer;

import java.time.Instant;

/** The registering side withdrew the transfer before it completed; the member may be registered again. */
public record TransferCancelled(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                                Long toOrgId, String toOrgPath, String externalOrg, String comment,
                                Instant cancelledAt) implements TransferEvent {
    public static final String TYPE = "dj.transfer.cancelled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
