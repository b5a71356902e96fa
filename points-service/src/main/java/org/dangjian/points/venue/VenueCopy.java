package org.dangjian.points.venue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.contracts.org.OrgVenueUpdated;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * points-service's small copy of org-service's venues ({@code venue_ref}): only what a meeting needs (whose
 * venue, its name and address), kept from {@code org.venue-updated}. Venues are not organisation-owned rows
 * here: a venue is found by its id and checked against the meeting's organisation, never listed across the tree.
 */
@Service
public class VenueCopy {
    private static final String COLUMNS = "SELECT venue_id, org_id, name, address, removed FROM venue_ref";
    private final JdbcClient jdbc;

    VenueCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KnownVenue> find(long venueId) {
        return jdbc.sql(COLUMNS + " WHERE venue_id = ?").param(venueId).query(KnownVenue.class).optional();
    }

    /** Several venues in one query (unknown ids are absent from the map). */
    public Map<Long, KnownVenue> findAll(Collection<Long> venueIds) {
        if (venueIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " WHERE venue_id IN (:ids)").param("ids", venueIds).query(KnownVenue.class).list()
                .stream().collect(Collectors.toMap(KnownVenue::venueId, Function.identity()));
    }

    /** The venues a meeting of {@code org} may use: its own and those of the organisations above it, not removed. */
    public List<KnownVenue> usableFor(OrgRef org) {
        return jdbc.sql(COLUMNS + " WHERE org_id IN (:orgs) AND removed = FALSE ORDER BY org_id, venue_id")
                .param("orgs", OrgRef.idsOnPath(org.path())).query(KnownVenue.class).list();
    }

    /**
     * Created, changed or removed: the last word wins (one organisation's venue events arrive in order, keyed
     * by the organisation). A removed venue stays as a row marked removed, so the meetings held there keep it.
     */
    void apply(OrgVenueUpdated event) {
        jdbc.sql("INSERT INTO venue_ref (venue_id, org_id, name, address, removed, updated_at) VALUES (?, ?, ?, ?, ?, NOW(6))"
                        + " ON DUPLICATE KEY UPDATE org_id = VALUES(org_id), name = COALESCE(VALUES(name), name),"
                        + " address = COALESCE(VALUES(address), address), removed = VALUES(removed), updated_at = NOW(6)")
                .params(event.venueId(), event.orgId(), event.name(), event.address(), event.removed()).update();
    }
}
