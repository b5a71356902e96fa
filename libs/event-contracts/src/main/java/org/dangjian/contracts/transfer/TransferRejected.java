package org.dangjian.contracts.transfer;

import java.time.Instant;

/** A level rejected the transfer, which ends with {@code comment} as the reason. */
public record TransferRejected(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                               Long toOrgId, String toOrgPath, String externalOrg, TransferStepRef step,
                               String comment, Instant rejectedAt) implements TransferEvent {
    public static final String TYPE = "dj.transfer.rejected.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
