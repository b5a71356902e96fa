package org.dangjian.contracts.org;

/** A new organisation joined the tree. {@code path} is its materialized path, e.g. {@code /1/12/}. */
public record OrgCreated(long orgId, Long parentId, String path, String code, String name, String type,
                         String category) implements OrgEvent {
    public static final String TYPE = "dj.org.created.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
