package org.dangjian.contracts.transfer;

import java.time.Instant;

/**
 * A relationship transfer is complete: the receiving side confirmed the member reported. {@code kind}
 * is {@code IN_CITY} (to {@code toOrgId}), {@code OUT_OF_CITY} (to {@code externalOrg}; {@code toOrgId}
 * null) or {@code INTO_CITY} (from {@code externalOrg}, {@code fromOrgId} null, to {@code toOrgId}; the
 * receiving branch registered the member beforehand, so {@code memberId} is known). Keyed by transfer, so one transfer's events stay in order.
 */
public record TransferCompleted(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                                Long toOrgId, String toOrgPath, String externalOrg, Instant completedAt) implements TransferEvent {
    public static final String TYPE = "dj.transfer.completed.v1";

    public static final String IN_CITY = "IN_CITY";
    public static final String OUT_OF_CITY = "OUT_OF_CITY";
    public static final String INTO_CITY = "INTO_CITY";

    @Override
    public String eventType() {
        return TYPE;
    }
}
