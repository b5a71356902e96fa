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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's expert lectures against a stand-in gateway: experts, lectures in the coming weeks, bookings by towns and
 * a branch (tried again while learning-service does not know an organisation yet), and nothing on a second run.
 */
class DemoLecturesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private final List<JsonNode> experts = new ArrayList<>();
    private final List<JsonNode> slots = new ArrayList<>();
    private final List<String> bookings = new ArrayList<>();
    private final AtomicInteger unknownOrg = new AtomicInteger(2);
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
    void theCityOffersSixLecturesByThreeExpertsAndTownsAndABranchBookThemOnce() throws InterruptedException {
        Gateway gateway = new Gateway("http://127.0.0.1:" + server.getAddress().getPort());
        DemoLectures demo = new DemoLectures(gateway, Clock.fixed(NOW, ZoneOffset.UTC), pause -> pauses++);

        assertThat(demo.run()).containsExactly(3, 6, 4);
        assertThat(experts).extracting(e -> e.path("name").asString()).containsExactly("沈国平", "周慧敏", "陆建华");
        assertThat(slots).allMatch(s -> LocalDateTime.parse(s.path("startsAt").asString())
                .isAfter(LocalDateTime.of(2026, 12, 13, 0, 0)));
        assertThat(slots.get(1).path("capacity").asInt()).isEqualTo(1);
        assertThat(bookings).containsExactly("1:" + StandIn.idOf(DemoRankings.TOWNS.get(0)), "1:" + StandIn.idOf(DemoRankings.TOWNS.get(1)),
                "2:" + StandIn.idOf(DemoMeetings.BRANCHES.get(0)), "3:" + StandIn.idOf(DemoRankings.TOWNS.get(1)));
        assertThat(pauses).isEqualTo(2);

        assertThat(demo.run()).as("a second run").containsExactly(0, 0, 0);
        assertThat(slots).hasSize(6);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        JsonNode body = "POST".equals(method) ? JSON.readTree(exchange.getRequestBody().readAllBytes()) : null;
        if (path.equals("/api/orgs") && query != null) {
            String code = java.net.URLDecoder.decode(query.replaceAll(".*q=", ""), StandardCharsets.UTF_8);
            StandIn.reply(exchange, 200, Map.of("items", List.of(Map.of("id", StandIn.idOf(code), "code", code, "name", code))));
        } else if (path.equals("/api/learning/lectures/experts") && "GET".equals(method)) {
            StandIn.reply(exchange, 200, experts.stream().map(e -> Map.of("name", e.path("name").asString())).toList());
        } else if (path.equals("/api/learning/lectures/experts")) {
            experts.add(body);
            StandIn.reply(exchange, 201, Map.of("id", Integer.toString(100 + experts.size())));
        } else if (path.equals("/api/learning/lectures/slots")) {
            slots.add(body);
            StandIn.reply(exchange, 201, Map.of("id", Integer.toString(slots.size())));
        } else if (path.endsWith("/bookings")) {
            if (unknownOrg.getAndDecrement() > 0) {
                StandIn.reply(exchange, 400, Map.of("code", "VALIDATION_FAILED"));
                return;
            }
            bookings.add(path.split("/")[5] + ":" + body.path("orgId").asString());
            StandIn.reply(exchange, 201, Map.of("id", Integer.toString(500 + bookings.size())));
        } else {
            StandIn.reply(exchange, 404, Map.of("code", "NOT_FOUND"));
        }
    }
}
