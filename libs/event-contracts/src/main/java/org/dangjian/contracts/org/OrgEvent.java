package org.dangjian.contracts.org;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** The events of an organisation: all on {@link Topics#ORG}, keyed by {@code orgId} so they stay in order. */
public interface OrgEvent extends IntegrationEvent {
    long orgId();

    @Override
    default String eventTopic() {
        return Topics.ORG;
    }

    @Override
    default String eventSubject() {
        return Long.toString(orgId());
    }
}
