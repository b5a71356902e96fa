package org.dangjian.contracts.org;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * An organisation and its whole subtree moved. Every service that stores org paths rewrites the
 * prefix {@code oldPath} to {@code newPath} on all its rows.
 */
public record OrgMoved(long orgId, long oldParentId, long newParentId, String oldPath, String newPath)
        implements IntegrationEvent {
    public static final String TYPE = "dj.org.moved.v1";

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
