package org.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's cadre roll against a stand-in gateway that keeps cadre-service's rules that matter here (one secretary
 * per organisation at a time, a post left not before it was taken up, no date after today): every village and
 * community of the three towns gets a secretary in office, a deputy and reserves; members are tried again while
 * cadre-service does not know them yet; nothing on a second run.
 */
class DemoCadresTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final Map<String, JsonNode> appointments = new HashMap<>();
    private final Set<String> ended = new HashSet<>();
    private final List<String> refused = new ArrayList<>();
    private final AtomicInteger unknownMember = new AtomicInteger(2);
    private int cadres;
    private int reserves;
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
    void everyVillageAndCommunityOfATownGetsASecretaryInOfficeADeputyAndReserves() throws InterruptedException {
        List<OrgRow> city = KunshanTree.generate(new Random(20261125));
        assertThat(DemoCadres.villagesAndCommunities(city)).hasSizeBetween(3 * 24, 3 * 36)
                .allMatch(o -> o.type().equals("党总支"));
        // one of the three towns goes through the stand-in (each call costs it tens of milliseconds)
        List<OrgRow> orgs = city.stream().filter(o -> o.area().equals(DemoCadres.TOWNS.get(0))).toList();
        List<OrgRow> villages = DemoCadres.villagesAndCommunities(orgs);
        Gateway gateway = new Gateway("http://127.0.0.1:" + server.getAddress().getPort());
        DemoCadres demo = new DemoCadres(gateway, new Random(7), Clock.fixed(NOW, ZoneOffset.UTC), pause -> pauses++);

        int[] done = demo.run(orgs);
        assertThat(done[0]).isEqualTo(villages.size());
        assertThat(refused).as("refused by the stand-in's rules").isEmpty();
        for (OrgRow village : villages) {
            String org = StandIn.idOf(village.code());
            assertThat(held(org, "SECRETARY")).as(village.name() + "'s secretaries in office").isEqualTo(1);
            assertThat(held(org, "DEPUTY_SECRETARY")).isEqualTo(1);
        }
        assertThat(ended).as("secretaries who left at the last election").isNotEmpty();
        assertThat(reserves).isBetween(villages.size(), 2 * villages.size());
        assertThat(done[1]).isEqualTo(cadres);
        assertThat(pauses).isEqualTo(2);

        assertThat(demo.run(orgs)).as("a second run").containsExactly(0, 0, 0, 0);
    }

    private long held(String org, String position) {
        return appointments.entrySet().stream().filter(e -> !ended.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .filter(a -> a.path("orgId").asString().equals(org) && a.path("position").asString().equals(position))
                .count();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        JsonNode body = "POST".equals(method) ? JSON.readTree(exchange.getRequestBody().readAllBytes()) : null;
        if (path.equals("/api/orgs") && query != null) {
            String code = java.net.URLDecoder.decode(query.replaceAll(".*q=", ""), StandardCharsets.UTF_8);
            StandIn.reply(exchange, 200, Map.of("items", List.of(Map.of("id", StandIn.idOf(code), "code", code, "name", code))));
        } else if (path.equals("/api/cadres") && "GET".equals(method)) {
            StandIn.reply(exchange, 200, Map.of("items", List.of(), "total", cadres, "page", 1, "size", 1));
        } else if (path.equals("/api/members")) {
            List<Map<String, Object>> members = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                members.add(Map.of("id", query.hashCode() + "-" + i, "birthDate", LocalDate.of(1960 + 3 * i, 5, 1).toString()));
            }
            StandIn.reply(exchange, 200, Map.of("items", members, "total", members.size()));
        } else if (path.equals("/api/cadres")) {
            if (body.has("memberId") && unknownMember.getAndDecrement() > 0) {
                StandIn.reply(exchange, 400, Map.of("code", "VALIDATION_FAILED"));
                return;
            }
            StandIn.reply(exchange, 201, Map.of("id", Integer.toString(++cadres)));
        } else if (path.endsWith("/appointments")) {
            appoint(exchange, body);
        } else if (path.endsWith("/end")) {
            String id = path.split("/")[4];
            LocalDate endsOn = LocalDate.parse(body.path("endsOn").asString());
            if (endsOn.isBefore(LocalDate.parse(appointments.get(id).path("startsOn").asString())) || endsOn.isAfter(TODAY)) {
                refused.add("end " + id);
            }
            ended.add(id);
            StandIn.reply(exchange, 200, Map.of("id", id));
        } else if (path.endsWith("/reserves")) {
            reserves++;
            StandIn.reply(exchange, 201, Map.of("id", Integer.toString(reserves)));
        } else {
            StandIn.reply(exchange, 404, Map.of("code", "NOT_FOUND"));
        }
    }

    private void appoint(HttpExchange exchange, JsonNode body) throws IOException {
        String org = body.path("orgId").asString();
        if (LocalDate.parse(body.path("startsOn").asString()).isAfter(TODAY)
                || body.path("position").asString().equals("SECRETARY") && held(org, "SECRETARY") > 0) {
            refused.add(body.toString());
            StandIn.reply(exchange, 409, Map.of("code", "CADRE_ORG_HAS_SECRETARY"));
            return;
        }
        String id = Integer.toString(1000 + appointments.size());
        appointments.put(id, body);
        StandIn.reply(exchange, 201, Map.of("id", id));
    }
}
