package org.dangjian.contracts.member;

import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A member's standing changed: probationary to full, mobile, suspended, left (reason
 * {@code TRANSFERRED_OUT} when they moved out of the city), deceased. Statuses are member-service's
 * {@code MemberStatus} names.
 */
public record MemberStatusChanged(long memberId, long orgId, String orgPath, String oldStatus, String newStatus,
                                  String reason, LocalDate effectiveDate) implements IntegrationEvent {
    public static final String TYPE = "dj.member.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.MEMBER;
    }

    @Override
    public String eventSubject() {
        return Long.toString(memberId);
    }
}
