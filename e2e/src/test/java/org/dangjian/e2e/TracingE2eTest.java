package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One piece of work, one trace id: a client's W3C traceparent is continued by the gateway, by the service
 * that handles the request and writes an event, and by the services that consume the event, and every one
 * of them logs under it. The platform runs with debug logging of the gateway's request line and of the events
 * kit (see {@link Platform}), so each process writes at least one line for this work.
 */
class TracingE2eTest {

    @Test
    void aRegistrationSentWithATraceparentIsLoggedUnderItsTraceIdByGatewayServiceAndEventConsumers() {
        Platform platform = Platform.get();
        Api api = new Api(platform.gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        long branch = city.post("/api/orgs", Map.of("parentId", String.valueOf(root), "name", "锦溪社区党支部",
                "type", "BRANCH", "category", "COMMUNITY")).body().get("id").asLong();

        String traceId = hex(16);
        String traceparent = "00-" + traceId + "-" + hex(8) + "-01";
        Map<String, Object> member = Map.of("orgId", String.valueOf(branch), "name", "沈一", "gender", "FEMALE",
                "idNumber", IdNumbers.make(LocalDate.of(1991, 4, 2), false), "birthDate", "1991-04-02",
                "joinDate", "2016-07-01", "standing", "FULL");
        // member-service learns the new branch from an event: until then it answers 400 naming orgId
        Api.Reply[] registered = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            registered[0] = api.send("POST", "/api/members", member, city.accessToken(), Map.of("traceparent", traceparent));
            return registered[0].status() != 400 || !registered[0].raw().body().contains("orgId");
        });
        assertThat(registered[0].status()).as(registered[0].raw().body()).isEqualTo(201);
        assertThat(registered[0].header("X-Trace-Id")).isEqualTo(traceId);

        // org-service counts members from member.registered: once it has, its consumer has logged
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                city.get("/api/orgs/" + branch + "/stats").body().get("members").asInt() == 1);

        String tag = "[" + traceId + "]";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(linesWith(platform, "gateway", tag)).as("gateway's lines under " + tag)
                    .anyMatch(line -> line.contains("POST /api/members -> 201"));
            assertThat(linesWith(platform, "member-service", tag)).as("member-service's lines under " + tag)
                    .anyMatch(line -> line.contains("dj.member.registered"));
            assertThat(linesWith(platform, "org-service", tag)).as("org-service's lines under " + tag)
                    .anyMatch(line -> line.contains("org-service.member-counts handled event"));
        });
    }

    /** The lines of {@code <run>/logs/<process>.log} (where ./platform writes each process's output) containing {@code text}. */
    private static List<String> linesWith(Platform platform, String process, String text) {
        Path log = platform.runDir.resolve("logs").resolve(process + ".log");
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
