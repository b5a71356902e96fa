package org.dangjian.contracts.member;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** A member now belongs to another organisation of the city; {@code transferId} when a transfer moved them. */
public record MemberRelocated(long memberId, long fromOrgId, String fromOrgPath, long toOrgId, String toOrgPath,
                              Long transferId) implements IntegrationEvent {
    public static final String TYPE = "dj.member.relocated.v1";

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
