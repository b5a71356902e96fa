package org.dangjian.points;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What points-service's tests share: a fresh town with two branches per test and members announced as
 * member-service announces them (events through the outbox, Kafka and the inbox), and tokens.
 */
@SpringBootTest(properties = "dj.storage.local-root=target/test-storage")
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_points")
public abstract class PointsTestSupport {
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 900_000) * 1000);

    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected EventOutbox outbox;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected Clock clock;

    protected long city;
    protected long town;
    protected long branchA;
    protected long branchB;
    protected String cityAdmin;
    protected String townAdmin;
    protected String branchAAdmin;
    protected String branchBAdmin;

    /** A town of its own per test under one city, so that tests do not see each other's members. */
    @BeforeEach
    void tree() {
        city = 1;
        town = nextId();
        branchA = nextId();
        branchB = nextId();
        publish(new OrgCreated(town, city, path(city, town), null, "玉山镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(branchA, town, pathOf(branchA), null, "城北社区党支部", "BRANCH", "COMMUNITY"));
        publish(new OrgCreated(branchB, town, pathOf(branchB), null, "城南社区党支部", "BRANCH", "COMMUNITY"));
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(town, branchA, branchB).stream()
                .allMatch(id -> count("SELECT COUNT(*) FROM org_ref WHERE org_id = ?", id) == 1));
        cityAdmin = TestTokens.cityAdmin(city, path(city));
        townAdmin = TestTokens.orgAdmin(nextId(), town, path(city, town));
        branchAAdmin = TestTokens.orgAdmin(nextId(), branchA, pathOf(branchA));
        branchBAdmin = TestTokens.orgAdmin(nextId(), branchB, pathOf(branchB));
    }

    protected static long nextId() {
        return IDS.incrementAndGet();
    }

    protected static String path(long... ids) {
        StringBuilder p = new StringBuilder("/");
        for (long id : ids) {
            p.append(id).append('/');
        }
        return p.toString();
    }

    protected String pathOf(long branch) {
        return path(city, town, branch);
    }

    /** A full member of {@code branch}; returns once this service has given them the year's base. */
    protected long member(long branch, String name) {
        long id = nextId();
        publish(new MemberRegistered(id, branch, pathOf(branch), name, "FEMALE", LocalDate.of(1988, 5, 4),
                LocalDate.of(2012, 7, 1), "FULL"));
        // ranked once the registration committed (Redis follows the database)
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM member_total WHERE member_id = ? AND year = ?", id, year()) == 1
                && !body(get(cityAdmin, "/api/points/members/" + id)).get("rank").isNull());
        return id;
    }

    protected String memberToken(long memberId, long branch) {
        return TestTokens.token(nextId(), "m" + memberId, branch, pathOf(branch), List.of("MEMBER"), memberId,
                Duration.ofMinutes(15));
    }

    protected int year() {
        return LocalDate.now(clock).getYear();
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected void publish(IntegrationEvent event) {
        tx.executeWithoutResult(s -> outbox.add(event));
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    protected MvcTestResult post(String token, String uri, Object body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)).exchange();
    }

    protected MvcTestResult put(String token, String uri, Object body) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)).exchange();
    }

    protected MvcTestResult get(String token, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
