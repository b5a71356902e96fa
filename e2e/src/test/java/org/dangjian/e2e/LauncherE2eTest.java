package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * ./platform as its user sees it: status, stopping and starting one service, down and reset. Runs last but
 * for ApiCoverageE2eTest (which needs no platform), because it takes the shared platform down at the end.
 */
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherE2eTest {
    /** One line of the status table: NAME PID STATE HEALTH RSS. */
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+(\\d+|-)\\s+(running|stopped)\\s+(.+?)\\s+(\\d+ MB|-)\\s*$");
    /** What reset deletes: everything the launcher keeps in the run folder. */
    private static final List<String> LAUNCHER_ENTRIES = List.of("logs", "pids", "env", "data", "tmp", "infra.env",
            "secrets.env", "admin-password", ".dangjian-run");

    private static Platform platform;

    record Row(String pid, String state, String health, String rss) {
    }

    @BeforeAll
    static void platformIsUp() {
        platform = Platform.get();
    }

    @Test
    @Order(1)
    void statusListsEveryProcessRunningAndUpWithItsMemory() {
        Map<String, Row> status = status();

        assertThat(status.keySet()).containsExactlyInAnyOrderElementsOf(processes());
        status.forEach((name, row) -> {
            assertThat(row.state()).as(name).isEqualTo("running");
            assertThat(row.health()).as(name).isEqualTo("UP");
            assertThat(row.pid()).as(name).matches("\\d+");
            assertThat(row.rss()).as(name).matches("[1-9]\\d* MB");
        });
    }

    @Test
    @Order(2)
    void aStoppedServiceShowsStoppedAndTheGatewayAnswers503UntilItIsStartedAgain() {
        Api api = new Api(platform.gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);

        platform.stop("member-service");
        try {
            assertThat(status().get("member-service").state()).isEqualTo("stopped");
            Row org = status().get("org-service");
            assertThat(org.state()).as("the others keep running").isEqualTo("running");
            // its health is read through the gateway and may miss one probe on a loaded machine: it must answer UP soon
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(status().get("org-service").health()).as("the others stay up").isEqualTo("UP"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Api.Reply reply = city.get("/api/members/1");
                assertThat(reply.status()).isEqualTo(503);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            });
        } finally {
            platform.start("member-service");
        }

        Row member = status().get("member-service");
        assertThat(member.state()).isEqualTo("running");
        assertThat(member.health()).isEqualTo("UP");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> city.get("/api/members?page=1&size=1").status() == 200);
    }

    @Test
    @Order(3)
    void downStopsEveryRecordedProcessAndResetDeletesOnlyTheLaunchersEntries() {
        List<Long> pids = recordedPids();
        assertThat(pids).hasSize(processes().size());

        platform.down();

        assertThat(pids).as("recorded pids still alive after down")
                .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(status().values()).extracting(Row::state).containsOnly("stopped");

        platform.reset();

        LAUNCHER_ENTRIES.forEach(entry -> assertThat(platform.runDir.resolve(entry)).as(entry).doesNotExist());
        assertThat(platform.runDir.resolve("platform-cli.log")).as("the caller's own file stays").exists();
    }

    /** local-infra, registry, gateway and every described service (a folder with a service.yaml). */
    private static List<String> processes() {
        List<String> names = new ArrayList<>(List.of("local-infra", "registry", "gateway"));
        try (Stream<Path> folders = Files.list(platform.root)) {
            folders.filter(f -> f.getFileName().toString().endsWith("-service"))
                    .filter(f -> Files.isRegularFile(f.resolve("service.yaml")))
                    .map(f -> f.getFileName().toString()).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Map<String, Row> status() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : platform.status().split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches() && !m.group(1).equals("NAME")) {
                rows.put(m.group(1), new Row(m.group(2), m.group(3), m.group(4), m.group(5)));
            }
        }
        return rows;
    }

    private static List<Long> recordedPids() {
        try (Stream<Path> files = Files.list(platform.runDir.resolve("pids"))) {
            return files.map(f -> {
                try {
                    return Long.parseLong(Files.readString(f).trim());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
