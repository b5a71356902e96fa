package org.dangjian.points.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.io.ClassPathResource;

/**
 * A deployed points-service schema is already past its own migrations when member-roster-kit gains one (V0_31, the
 * occupation and mobility columns): the service must still start and take it, not refuse the lower version.
 */
class RosterMigrationTest extends ServiceApiTest {
    private static final String SCHEMA = "dj_points_before_v0_31";
    private static final String KIT = "classpath:db/member-roster-kit";

    @Autowired
    private DataSource dataSource;
    @Autowired
    private List<FlywayConfigurationCustomizer> customizers;

    @Test
    void aSchemaPastItsOwnMigrationsStillTakesTheRostersNewColumns(@TempDir Path rosterBeforeV031) throws IOException {
        try (InputStream first = new ClassPathResource("db/member-roster-kit/V0_30__member_ref.sql").getInputStream()) {
            Files.copy(first, rosterBeforeV031.resolve("V0_30__member_ref.sql"));
        }
        try {
            FluentConfiguration deployed = asTheServiceRunsIt();
            deployed.locations(Arrays.stream(deployed.getLocations())
                    .map(l -> l.equals(new Location(KIT)) ? new Location("filesystem:" + rosterBeforeV031) : l)
                    .toArray(Location[]::new));
            deployed.load().migrate();
            assertThat(rosterColumns()).as("deployed before the kit's V0_31").isZero();

            asTheServiceRunsIt().load().migrate();

            assertThat(rosterColumns()).isEqualTo(2);
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + SCHEMA);
        }
    }

    /** Flyway as the service configures it (its own migrations and the kits'), on a schema of the test's own. */
    private FluentConfiguration asTheServiceRunsIt() {
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA)
                .defaultSchema(SCHEMA).createSchemas(true);
        customizers.forEach(c -> c.customize(configuration));
        return configuration;
    }

    private int rosterColumns() {
        return count("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = 'member_ref'"
                + " AND column_name IN ('occupation', 'mobile')", SCHEMA);
    }
}
