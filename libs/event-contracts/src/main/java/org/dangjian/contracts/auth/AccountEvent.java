package org.dangjian.contracts.auth;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** The events of an account: all on {@link Topics#AUTH}, keyed by {@code accountId} so they stay in order. */
public interface AccountEvent extends IntegrationEvent {
    long accountId();

    @Override
    default String eventTopic() {
        return Topics.AUTH;
    }

    @Override
    default String eventSubject() {
        return Long.toString(accountId());
    }
}
