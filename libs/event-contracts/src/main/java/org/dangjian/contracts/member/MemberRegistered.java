package org.dangjian.contracts.member;

import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A Party member was entered into member-service. Carries what rosters (points, notify, org's
 * member accounts) need so that they never call back. No ID or phone number travels in events.
 */
public record MemberRegistered(long memberId, long orgId, String orgPath, String name, String gender,
                               LocalDate birthDate, LocalDate joinDate, String status)
        implements IntegrationEvent {
    public static final String TYPE = "dj.member.registered.v1";

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
