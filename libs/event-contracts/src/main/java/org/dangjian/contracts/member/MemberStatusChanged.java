package org.dangjian.contracts.member;

import java.time.LocalDate;

/**
 * A member's standing changed: probationary to full, mobile, suspended, left (reason
 * {@code TRANSFERRED_OUT} when they moved out of the city), deceased. Statuses are member-service's
 * {@code MemberStatus} names.
 */
public record MemberStatusChanged(long memberId, long orgId, String orgPath, String oldStatus, String newStatus,
                                  String reason, LocalDate effectiveDate) implements MemberEvent {
    public static final String TYPE = "dj.member.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
