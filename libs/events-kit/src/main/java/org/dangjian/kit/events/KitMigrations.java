package org.dangjian.kit.events;

import java.util.Arrays;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds a kit's migrations (this kit's {@code dj_outbox}, {@code dj_inbox}; other kits' tables too) to the
 * service's Flyway run, next to the service's own locations, so a service never copies a kit's DDL.
 * Flyway orders migrations by version, not by location: kits use 0.x versions, which run before the
 * service's V1 on a new schema; each kit takes its own 0.x range (events-kit 0.1–0.9,
 * org-directory-kit 0.10–0.19, jobs-kit 0.20–0.29, member-roster-kit 0.30–0.39, rules-kit 0.40–0.49, privacy-kit
 * 0.50–0.59, calendar-kit 0.60–0.69, audit-kit 0.70–0.79).
 * A kit that gains a migration later (member-roster-kit's 0.31) sorts it before versions an existing schema has
 * already applied: Flyway takes it only out of order, else it refuses to start the service. So every service
 * with kit migrations runs out of order; its own versions still only grow.
 */
public final class KitMigrations implements FlywayConfigurationCustomizer {
    static final String LOCATION = "classpath:db/events-kit";
    private final String location;

    KitMigrations() {
        this(LOCATION);
    }

    /** A kit's migrations at {@code location}, e.g. {@code classpath:db/org-directory-kit}. */
    public KitMigrations(String location) {
        this.location = location;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Location kit = new Location(location);
        Location[] current = configuration.getLocations();
        configuration.outOfOrder(true);
        if (Arrays.asList(current).contains(kit)) {
            return;
        }
        Location[] all = Arrays.copyOf(current, current.length + 1);
        all[current.length] = kit;
        configuration.locations(all);
    }
}
