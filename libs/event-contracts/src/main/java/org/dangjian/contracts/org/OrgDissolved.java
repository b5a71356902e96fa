package org.dangjian.contracts.org;

/**
 * An organisation was dissolved (撤销). It had no active child organisations and no members left; from
 * now on it is read-only: no new children, no new members. It stays in the tree, and under {@code path},
 * for history.
 */
public record OrgDissolved(long orgId, Long parentId, String path) implements OrgEvent {
    public static final String TYPE = "dj.org.dissolved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
