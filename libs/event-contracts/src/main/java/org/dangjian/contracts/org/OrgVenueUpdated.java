package org.dangjian.contracts.org;

import java.math.BigDecimal;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A venue (活动阵地) of an organisation was created, changed or removed. Carries the coordinates so
 * that the nearby-organisation search can keep its geo index without calling org-service.
 */
public record OrgVenueUpdated(long orgId, String orgPath, long venueId, String name, String address,
                              BigDecimal latitude, BigDecimal longitude, boolean removed) implements IntegrationEvent {
    public static final String TYPE = "dj.org.venue-updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.ORG;
    }

    /** Keyed by the organisation, so one organisation's venue changes stay in order. */
    @Override
    public String eventSubject() {
        return Long.toString(orgId);
    }
}
