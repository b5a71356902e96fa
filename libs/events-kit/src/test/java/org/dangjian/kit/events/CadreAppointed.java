package org.dangjian.kit.events;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** A test event on a topic only the always-failing listener consumes. */
record CadreAppointed(long cadreId, String name) implements IntegrationEvent {
    static final String TYPE = "dj.cadre.appointed-test.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.CADRE;
    }

    @Override
    public String eventSubject() {
        return Long.toString(cadreId);
    }
}
