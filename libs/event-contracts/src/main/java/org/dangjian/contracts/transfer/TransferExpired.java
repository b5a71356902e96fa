package org.dangjian.contracts.transfer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The member did not report before the letter of introduction ran out ({@code validUntil}); the
 * transfer ended and the member stays where they were.
 */
public record TransferExpired(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                              Long toOrgId, String toOrgPath, String externalOrg, LocalDate validUntil, Instant expiredAt) implements TransferEvent {
    public static final String TYPE = "dj.transfer.expired.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
