package org.dangjian.contracts.member;

import java.time.LocalDate;
import java.util.Set;

/**
 * A member's standing changed: probationary to full, mobile, suspended, left (reason
 * {@code TRANSFERRED_OUT} when they moved out of the city), deceased. Statuses are member-service's
 * former {@code MemberStatus} names. Superseded by {@link MemberStatusChangedV2} (issue 18): member-service no
 * longer publishes it; consumers still read it ({@link MemberStatusChangedV2#of}) for events in Kafka at the upgrade.
 */
public record MemberStatusChanged(long memberId, long orgId, String orgPath, String oldStatus, String newStatus,
                                  String reason, LocalDate effectiveDate) implements MemberEvent {
    public static final String TYPE = "dj.member.status-changed.v1";
    /** The statuses counted in an organisation's membership; the others keep the record for history. */
    public static final Set<String> ACTIVE = Set.of("PROBATIONARY", "FULL", "MOBILE");

    /** +1 when the member now counts in the membership and did not before, -1 the other way, else 0. */
    public int membershipDelta() {
        return Boolean.compare(ACTIVE.contains(newStatus), ACTIVE.contains(oldStatus));
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
