package org.dangjian.points.venue;

import org.dangjian.kit.orgs.OrgRef;

/**
 * A venue (活动阵地) as points-service knows it from org-service's announcements: whose it is, what it is
 * called and where it is. A removed venue is kept, so that meetings planned there still show it.
 */
public record KnownVenue(long venueId, long orgId, String name, String address, boolean removed) {

    /**
     * A meeting of {@code org} may be held at the venues of the organisation itself and of those above it
     * (a branch meets at its town's Party service centre), never at another branch's.
     */
    public boolean servesMeetingsOf(OrgRef org) {
        return OrgRef.idsOnPath(org.path()).contains(orgId);
    }

    /** The place as a notice reads it: the venue's name, then its address. */
    public String readable() {
        return address == null || address.isBlank() ? name : name + "（" + address + "）";
    }
}
