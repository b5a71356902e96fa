package org.dangjian.contracts.org;

import java.util.List;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * An organisation's details changed. {@code changed} names the fields that changed (e.g. {@code name},
 * {@code code}, {@code secretary}); the other components are the organisation's values after the change,
 * so a consumer can simply overwrite its copy whichever field it cares about. Contact phones never travel
 * in events: {@code phone} may appear in {@code changed}, its value does not.
 */
public record OrgUpdated(long orgId, String path, List<String> changed, String name, String shortName, String code,
                         String type, String category, String status) implements IntegrationEvent {
    public static final String TYPE = "dj.org.updated.v1";

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
