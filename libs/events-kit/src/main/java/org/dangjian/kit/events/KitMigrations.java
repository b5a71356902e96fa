package org.dangjian.kit.events;

import java.util.Arrays;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds the kit's migrations ({@code dj_outbox}, {@code dj_inbox}) to the service's Flyway run, next to
 * the service's own locations, so a service never copies the kit's DDL. Flyway orders migrations by
 * version, not by location: the kit's are 0.x and run before the service's V1 on a new schema.
 */
final class KitMigrations implements FlywayConfigurationCustomizer {
    static final String LOCATION = "classpath:db/events-kit";

    @Override
    public void customize(FluentConfiguration configuration) {
        Location kit = new Location(LOCATION);
        Location[] current = configuration.getLocations();
        if (Arrays.asList(current).contains(kit)) {
            return;
        }
        Location[] all = Arrays.copyOf(current, current.length + 1);
        all[current.length] = kit;
        configuration.locations(all);
    }
}
