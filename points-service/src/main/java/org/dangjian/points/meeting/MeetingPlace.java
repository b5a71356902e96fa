package org.dangjian.points.meeting;

import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.points.venue.KnownVenue;
import org.dangjian.points.venue.VenueCopy;
import org.springframework.stereotype.Component;

/**
 * Where a meeting is held: one of the venues of its organisation or of one above it, or, held elsewhere
 * (a 主题党日 at a memorial site), the place as text; exactly one of the two.
 *
 * @param venueId  the venue named, or null when held elsewhere
 * @param readable what the announcement says: the venue's name and address, or the text given
 */
record MeetingPlace(Long venueId, String readable) {

    /** Checks a plan's venue or place against the copy of org-service's venues. */
    @Component
    static class Resolver {
        private final VenueCopy venues;

        Resolver(VenueCopy venues) {
            this.venues = venues;
        }

        MeetingPlace of(PlanMeetingRequest r, OrgRef org) {
            if (r.venueId() != null && r.place() != null) {
                throw ApiException.invalidField("place", MeetingProblems.VENUE_OR_PLACE);
            }
            if (r.venueId() == null) {
                if (r.place() == null) {
                    throw ApiException.invalidField("venueId", MeetingProblems.PLACE_NEEDED);
                }
                return new MeetingPlace(null, r.place());
            }
            // one answer for a venue unknown and another organisation's: the plan learns nothing about other branches
            KnownVenue venue = venues.find(r.venueId()).filter(v -> v.servesMeetingsOf(org))
                    .orElseThrow(() -> ApiException.invalidField("venueId", MeetingProblems.VENUE_NOT_OURS));
            if (venue.removed()) {
                throw ApiException.invalidField("venueId", MeetingProblems.VENUE_REMOVED);
            }
            return new MeetingPlace(venue.venueId(), venue.readable());
        }
    }
}
