package org.dangjian.deploy.launcher.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.deploy.launcher.Settings;
import org.dangjian.deploy.launcher.plan.Lineup;
import org.dangjian.deploy.launcher.plan.Planner;
import org.dangjian.deploy.launcher.plan.Ports;
import org.dangjian.deploy.launcher.run.EnvFile;
import org.dangjian.deploy.launcher.run.RunFolder;
import org.dangjian.kit.catalog.ServiceCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What status shows and up waits for, against a stand-in gateway and stand-in servers. */
class HealthTest {
    @TempDir
    Path repository;
    @TempDir
    Path runDir;
    HttpServer gateway;
    Lineup lineup;
    Health health;
    RunFolder run;

    @BeforeEach
    void aGatewayThatRoutesToOrgServiceOnly() throws IOException {
        Files.createDirectories(repository.resolve("org-service"));
        Files.copy(Path.of("../../org-service/service.yaml"), repository.resolve("org-service/service.yaml"));
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/health/org-service", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.createContext("/actuator/health", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        gateway.start();
        Map<String, String> env = new HashMap<>();
        env.put("DJ_RUN_DIR", runDir.toString());
        env.put("DJ_GATEWAY_PORT", Integer.toString(gateway.getAddress().getPort()));
        Settings settings = Settings.read(repository, env);
        run = new RunFolder(runDir);
        lineup = Lineup.of(settings, ServiceCatalog.inRepository(repository));
        health = new Health(settings, run, new Planner(settings, run, lineup));
    }

    @AfterEach
    void stopTheGateway() {
        gateway.stop(0);
    }

    @Test
    void aServiceIsUpWhenTheGatewayRoutesToItsHealth() {
        assertThat(health.ready(lineup.get("org-service")).join()).isTrue();
        assertThat(health.describe(lineup.get("org-service")).join()).isEqualTo("UP");
        assertThat(health.describe(lineup.gateway()).join()).isEqualTo("DOWN(503)");
    }

    @Test
    void aProcessThatDoesNotAnswerIsShownSoAndOneWithoutAKnownPortTooNotAnError() {
        gateway.stop(0);

        assertThat(health.describe(lineup.get("org-service")).join()).isEqualTo("no answer");
        assertThat(health.describe(lineup.registry()).join()).isEqualTo("no port known");
    }

    @Test
    void localInfraIsUpWhileEachOfItsServersAcceptsConnections() throws IOException {
        assertThat(health.describe(lineup.infra()).join()).isEqualTo("starting");
        assertThat(health.ready(lineup.infra()).join()).isFalse();
        try (ServerSocket db = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket kafka = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> infra = new LinkedHashMap<>();
            infra.put("DJ_DB_URL", "jdbc:mysql://127.0.0.1:" + db.getLocalPort());
            infra.put("SPRING_DATA_REDIS_URL", "redis://user:secret@127.0.0.1:" + db.getLocalPort());
            infra.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafka.getLocalPort());
            EnvFile.write(run.infraEnv(), infra);

            assertThat(health.ready(lineup.infra()).join()).isTrue();
            assertThat(health.describe(lineup.infra()).join()).isEqualTo("UP");

            infra.put("SPRING_DATA_REDIS_URL", "redis://127.0.0.1:" + Ports.free());
            EnvFile.write(run.infraEnv(), infra);
            assertThat(health.describe(lineup.infra()).join()).isEqualTo("DOWN(SPRING_DATA_REDIS_URL)");
        }
    }
}
