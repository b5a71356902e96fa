package org.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's meetings step against a stand-in gateway that answers as the platform does, including the
 * moments when points-service does not know the venue or the members yet (400) and the held meeting has not
 * started (409).
 */
class DemoMeetingsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private final List<String> calls = new ArrayList<>();
    private final List<JsonNode> plans = new ArrayList<>();
    private final List<JsonNode> venues = new ArrayList<>();
    private final AtomicInteger planRefusals = new AtomicInteger(2);
    private final AtomicInteger notStartedYet = new AtomicInteger(3);
    private HttpServer server;
    private int pauses;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theDemoHoldsOneMeetingAtATownVenueAndPlansTwoToCome() throws InterruptedException {
        List<OrgRow> orgs = KunshanTree.generate(new Random(7));
        Gateway gateway = new Gateway("http://127.0.0.1:" + server.getAddress().getPort());

        new DemoMeetings(gateway, Clock.fixed(NOW, ZoneOffset.UTC), pause -> pauses++).run(orgs);

        assertThat(venues.stream().map(v -> v.path("name").asString()))
                .hasSize(2).contains("周市镇党群服务中心").anyMatch(n -> n.endsWith("村党群服务中心"));
        assertThat(plans).hasSize(3);
        JsonNode held = plans.get(0);
        assertThat(held.path("orgId").asString()).isEqualTo(StandIn.idOf(DemoMeetings.BRANCHES.get(0)));
        assertThat(held.path("venueId").asString()).isEqualTo("900" + StandIn.idOf(DemoMeetings.TOWN));
        assertThat(LocalDateTime.parse(held.path("startsAt").asString()))
                .isAfter(LocalDateTime.ofInstant(NOW, ZoneId.of("Asia/Shanghai")));
        assertThat(plans.subList(1, 3)).allMatch(p -> p.path("orgId").asString().equals(StandIn.idOf(DemoMeetings.BRANCHES.get(1))));
        assertThat(plans.get(1).path("venueId").asString()).isEqualTo("900" + StandIn.idOf(DemoMeetings.VILLAGE));
        assertThat(plans.get(2).path("place").asString()).isEqualTo("昆山市革命烈士陵园");
        assertThat(plans.get(2).has("venueId")).isFalse();
        assertThat(calls).contains("POST /api/points/meetings/7001/attendees/501/check-in",
                "POST /api/points/meetings/7001/attendees/502/check-in", "POST /api/points/meetings/7001/complete");
        assertThat(calls.stream().filter("POST /api/points/meetings/7001/complete"::equals)).hasSize(4);
        assertThat(pauses).isEqualTo(2 + 3);
    }

    // ---- the stand-in gateway ----

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        JsonNode body = "POST".equals(method) ? JSON.readTree(exchange.getRequestBody().readAllBytes()) : null;
        calls.add(method + " " + path);
        if (path.equals("/api/orgs") && query != null) {
            String code = query.replaceAll(".*q=", "");
            StandIn.reply(exchange, 200, Map.of("items", List.of(Map.of("id", StandIn.idOf(code), "code", code, "name", code))));
        } else if (path.endsWith("/venues") && "GET".equals(method)) {
            StandIn.reply(exchange, 200, List.of());
        } else if (path.endsWith("/venues")) {
            venues.add(body);
            String org = path.split("/")[3];
            StandIn.reply(exchange, 201, Map.of("id", "900" + org, "name", body.path("name").asString()));
        } else if (path.equals("/api/points/meetings")) {
            if (planRefusals.getAndDecrement() > 0) {
                StandIn.reply(exchange, 400, Map.of("code", "VALIDATION_FAILED"));
                return;
            }
            plans.add(body);
            StandIn.reply(exchange, 201, Map.of("id", Integer.toString(7000 + plans.size())));
        } else if (path.equals("/api/points/meetings/7001") && "GET".equals(method)) {
            StandIn.reply(exchange, 200, Map.of("id", "7001", "attendees", List.of(Map.of("memberId", "501"), Map.of("memberId", "502"))));
        } else if (path.endsWith("/complete")) {
            StandIn.reply(exchange, notStartedYet.getAndDecrement() > 0 ? 409 : 200, Map.of("id", "7001", "status", "COMPLETED"));
        } else if (path.endsWith("/check-in")) {
            StandIn.reply(exchange, 204, null);
        } else {
            StandIn.reply(exchange, 404, Map.of("code", "NOT_FOUND"));
        }
    }

    /** A made-up id per organisation code, the same on every call. */
}
