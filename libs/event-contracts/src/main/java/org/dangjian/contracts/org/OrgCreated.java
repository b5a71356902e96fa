package org.dangjian.contracts.org;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** A new organisation joined the tree. {@code path} is its materialized path, e.g. {@code /1/12/}. */
public record OrgCreated(long orgId, Long parentId, String path, String code, String name, String type,
                         String category) implements IntegrationEvent {
    public static final String TYPE = "dj.org.created.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.ORG;
    }

    @Override
    public String eventSubject() {
        return Long.toString(orgId);
    }
}
