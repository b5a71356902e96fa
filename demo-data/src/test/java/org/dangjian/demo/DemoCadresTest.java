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
 * cadre-service does not know them yet; the quarter's update is opened once and confirmed by about two in three;
 * every secretary's duty this quarter and grade last year are recorded; nothing on a second run.
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
    private int quarterRun;
    private final Set<String> confirmedTasks = new HashSet<>();
    private final AtomicInteger duties = new AtomicInteger();
    private final AtomicInteger grades = new AtomicInteger();

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
        // the quarter's update: opened once, about two in three villages confirm, every secretary's duty and grade
        assertThat(quarterRun).isEqualTo(1);
        assertThat(done[4]).isEqualTo(confirmedTasks.size()).isBetween(villages.size() / 3, villages.size() - 1);
        assertThat(duties.get()).isEqualTo(villages.size());
        assertThat(done[5]).isEqualTo(grades.get()).isEqualTo(villages.size());

        assertThat(demo.run(orgs)).as("a second run").containsExactly(0, 0, 0, 0, 0, 0);
    }

    /** The stand-in's tasks: one per organisation with a secretary in office. */
    private int tasks() {
        return (int) appointments.entrySet().stream().filter(e -> !ended.contains(e.getKey()))
                .filter(e -> e.getValue().path("position").asString().equals("SECRETARY"))
                .map(e -> e.getValue().path("orgId").asString()).distinct().count();
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
        JsonNode body = "POST".equals(method) || "PUT".equals(method)
                ? JSON.readTree(exchange.getRequestBody().readAllBytes()) : null;
        if (path.equals("/api/orgs") && query != null) {
            String code = java.net.URLDecoder.decode(query.replaceAll(".*q=", ""), StandardCharsets.UTF_8);
            StandIn.reply(exchange, 200, Map.of("items", List.of(Map.of("id", StandIn.idOf(code), "code", code, "name", code))));
        } else if (path.equals("/api/cadres/quarters/run")) {
            quarterRun++;
            StandIn.reply(exchange, 200, Map.of("opened", tasks()));
        } else if (path.equals("/api/cadres/quarter-tasks")) {
            // one page with every organisation holding a secretary's post, then an empty one
            boolean first = query.contains("page=1&") || query.endsWith("page=1");
            List<Map<String, Object>> items = new ArrayList<>();
            if (first && quarterRun > 0) {
                for (int i = 0; i < tasks(); i++) {
                    items.add(Map.of("id", Integer.toString(i + 1), "status", "OPEN"));
                }
            }
            StandIn.reply(exchange, 200, Map.of("items", items, "total", tasks()));
        } else if (path.endsWith("/confirm")) {
            confirmedTasks.add(path.split("/")[4]);
            StandIn.reply(exchange, 200, Map.of("status", "CONFIRMED"));
        } else if (path.contains("/duties/") || path.contains("/assessments/")) {
            if (path.contains("/assessments/") && !path.endsWith("/" + (TODAY.getYear() - 1))
                    || path.contains("/duties/") && !path.endsWith("/2026-Q4")) {
                refused.add(path);
            }
            (path.contains("/duties/") ? duties : grades).incrementAndGet();
            StandIn.reply(exchange, 200, Map.of());
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
