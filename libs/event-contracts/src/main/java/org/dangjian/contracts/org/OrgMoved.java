package org.dangjian.contracts.org;

/**
 * An organisation and its whole subtree moved. Every service that stores org paths rewrites the
 * prefix {@code oldPath} to {@code newPath} on all its rows.
 */
public record OrgMoved(long orgId, long oldParentId, long newParentId, String oldPath, String newPath)
        implements OrgEvent {
    public static final String TYPE = "dj.org.moved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
