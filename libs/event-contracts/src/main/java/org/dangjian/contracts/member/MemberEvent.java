package org.dangjian.contracts.member;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** The events of a member: all on {@link Topics#MEMBER}, keyed by {@code memberId} so they stay in order. */
public interface MemberEvent extends IntegrationEvent {
    long memberId();

    @Override
    default String eventTopic() {
        return Topics.MEMBER;
    }

    @Override
    default String eventSubject() {
        return Long.toString(memberId());
    }
}
