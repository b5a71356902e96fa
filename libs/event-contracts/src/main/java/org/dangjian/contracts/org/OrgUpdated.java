package org.dangjian.contracts.org;

import java.util.List;

/**
 * An organisation's details changed. {@code changed} names the fields that changed (e.g. {@code name},
 * {@code code}, {@code secretary}); the other components are the organisation's values after the change,
 * so a consumer can simply overwrite its copy whichever field it cares about. Contact phones never travel
 * in events: {@code phone} may appear in {@code changed}, its value does not.
 */
public record OrgUpdated(long orgId, String path, List<String> changed, String name, String shortName, String code,
                         String type, String category, String status) implements OrgEvent {
    public static final String TYPE = "dj.org.updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
