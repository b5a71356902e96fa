package org.dangjian.learning.nearby;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.org.OrgVenueUpdated;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.GeoResult;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.RedisGeoCommands.DistanceUnit;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoLocation;
import org.springframework.data.redis.connection.RedisGeoCommands.GeoSearchCommandArgs;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Party organisations' activity venues near a point, for members looking for one on their phone. The venues are
 * this service's copy of org-service's ({@code venue_ref}, kept from {@code org.venue-updated}), indexed in a Redis
 * GEO set for the search (radius and count, nearest first); the table is the truth, the index is rebuilt from it
 * when Redis has lost it. Venues are a city's public places: every signed-in user may look them up.
 */
@Service
class NearbyVenues {
    static final String INDEX = "dj:learning:venues:geo";
    private static final int REBUILD_BATCH = 500;
    private final JdbcClient jdbc;
    private final StringRedisTemplate redis;
    private final OrgDirectory orgs;

    NearbyVenues(JdbcClient jdbc, StringRedisTemplate redis, OrgDirectory orgs) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.orgs = orgs;
    }

    /** Created, changed or removed: the table and the index follow (the last word wins; redelivery changes nothing). */
    void apply(OrgVenueUpdated event) {
        boolean located = !event.removed() && event.latitude() != null && event.longitude() != null;
        jdbc.sql("INSERT INTO venue_ref (venue_id, org_id, name, address, latitude, longitude, removed, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, NOW(6)) ON DUPLICATE KEY UPDATE org_id = VALUES(org_id),"
                        + " name = COALESCE(VALUES(name), name), address = COALESCE(VALUES(address), address),"
                        + " latitude = COALESCE(VALUES(latitude), latitude), longitude = COALESCE(VALUES(longitude), longitude),"
                        + " removed = VALUES(removed), updated_at = NOW(6)")
                .params(event.venueId(), event.orgId(), event.name(), event.address(), event.latitude(),
                        event.longitude(), event.removed()).update();
        String member = Long.toString(event.venueId());
        if (located) {
            redis.opsForGeo().add(INDEX, new Point(event.longitude().doubleValue(), event.latitude().doubleValue()), member);
        } else if (event.removed()) {
            redis.opsForGeo().remove(INDEX, member);
        }
    }

    /** Up to {@code count} venues within {@code radiusMetres} of the point, nearest first. */
    List<NearbyVenueView> near(double latitude, double longitude, Datum datum, int radiusMetres, int count) {
        double[] gcj = datum == Datum.WGS84 ? Gcj02.fromWgs84(latitude, longitude) : new double[] {latitude, longitude};
        var found = redis.opsForGeo().search(INDEX, GeoReference.fromCoordinate(gcj[1], gcj[0]),
                new Distance(radiusMetres, DistanceUnit.METERS),
                GeoSearchCommandArgs.newGeoSearchArgs().includeDistance().sortAscending().limit(count));
        Map<Long, Integer> distances = new LinkedHashMap<>();
        if (found != null) {
            for (GeoResult<GeoLocation<String>> result : found) {
                distances.put(Long.parseLong(result.getContent().getName()), (int) Math.round(result.getDistance().getValue()));
            }
        }
        if (distances.isEmpty()) {
            return List.of();
        }
        Map<Long, Venue> venues = new LinkedHashMap<>();
        jdbc.sql("SELECT venue_id, org_id, name, address, latitude, longitude FROM venue_ref"
                        + " WHERE venue_id IN (:ids) AND removed = FALSE").param("ids", distances.keySet())
                .query(Venue.class).list().forEach(v -> venues.put(v.venueId(), v));
        Map<Long, OrgRef> owners = orgs.findAll(venues.values().stream().map(Venue::orgId).distinct().toList());
        List<NearbyVenueView> nearby = new ArrayList<>();
        distances.forEach((id, metres) -> {
            Venue v = venues.get(id);
            if (v != null) {
                OrgRef org = owners.get(v.orgId());
                nearby.add(new NearbyVenueView(id, v.orgId(), org == null ? null : org.name(), v.name(), v.address(),
                        v.latitude().setScale(6, RoundingMode.HALF_UP), v.longitude().setScale(6, RoundingMode.HALF_UP),
                        metres));
            }
        });
        return nearby;
    }

    /** Redis lost the index (a restart without persistence, a new instance): it is built again from the table. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfLost() {
        if (Boolean.TRUE.equals(redis.hasKey(INDEX))) {
            return;
        }
        long after = 0;
        List<Venue> batch;
        do {
            batch = jdbc.sql("SELECT venue_id, org_id, name, address, latitude, longitude FROM venue_ref WHERE removed = FALSE"
                            + " AND latitude IS NOT NULL AND venue_id > ? ORDER BY venue_id LIMIT " + REBUILD_BATCH)
                    .param(after).query(Venue.class).list();
            Map<String, Point> points = new LinkedHashMap<>();
            batch.forEach(v -> points.put(Long.toString(v.venueId()), new Point(v.longitude().doubleValue(), v.latitude().doubleValue())));
            if (!points.isEmpty()) {
                redis.opsForGeo().add(INDEX, points);
                after = batch.get(batch.size() - 1).venueId();
            }
        } while (batch.size() == REBUILD_BATCH);
    }

    record Venue(long venueId, long orgId, String name, String address, BigDecimal latitude, BigDecimal longitude) {
    }
}
