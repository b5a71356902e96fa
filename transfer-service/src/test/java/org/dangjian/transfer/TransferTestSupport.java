package org.dangjian.transfer;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * What transfer-service's API tests share: a fresh tree and members per test, announced as org-service
 * and member-service announce them (events through the outbox, Kafka and the inbox), and tokens.
 * City root; town 1 with branches A and B; town 2 with branch C. All three committees approve.
 */
@SpringBootTest
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_transfer")
public abstract class TransferTestSupport {
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
    /** The business clock: "today" is China's date, whatever zone the JVM runs in. */
    @Autowired
    protected Clock clock;

    protected long root;
    protected long town1;
    protected long town2;
    protected long branchA;
    protected long branchB;
    protected long branchC;
    protected String cityAdmin;
    protected String town1Admin;
    protected String town2Admin;
    protected String branchAAdmin;
    protected String branchCAdmin;

    @BeforeEach
    void tree() {
        root = nextId();
        town1 = nextId();
        town2 = nextId();
        branchA = nextId();
        branchB = nextId();
        branchC = nextId();
        publish(new OrgCreated(root, null, path(root), null, "中共昆山市委", "COMMITTEE", "GOVERNMENT"));
        publish(new OrgCreated(town1, root, path(root, town1), null, "玉山镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(town2, root, path(root, town2), null, "周市镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(branchA, town1, pathOf(branchA), null, "城北社区党支部", "BRANCH", "COMMUNITY"));
        publish(new OrgCreated(branchB, town1, pathOf(branchB), null, "城南社区党支部", "BRANCH", "COMMUNITY"));
        publish(new OrgCreated(branchC, town2, pathOf(branchC), null, "市北村党支部", "BRANCH", "VILLAGE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(root, town1, town2, branchA, branchB, branchC)
                .stream().allMatch(id -> count("SELECT COUNT(*) FROM org_ref WHERE org_id = ?", id) == 1));
        cityAdmin = TestTokens.cityAdmin(root, path(root));
        town1Admin = TestTokens.orgAdmin(town1, town1, path(root, town1));
        town2Admin = TestTokens.orgAdmin(town2, town2, path(root, town2));
        branchAAdmin = TestTokens.orgAdmin(branchA, branchA, pathOf(branchA));
        branchCAdmin = TestTokens.orgAdmin(branchC, branchC, pathOf(branchC));
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

    /** The path of one of the test tree's branches. */
    protected String pathOf(long branch) {
        return path(root, branch == branchC ? town2 : town1, branch);
    }

    /** A member of {@code branch}, announced as member-service does; returns once this service knows them. */
    protected long member(long branch, String name) {
        long id = nextId();
        publish(new MemberRegistered(id, branch, pathOf(branch), name, "MALE", LocalDate.of(1985, 3, 2),
                LocalDate.of(2010, 7, 1), "FULL"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", id) == 1);
        return id;
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

    protected int outboxCount(String eventType, Object aggregateId) {
        return count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?", eventType,
                aggregateId.toString());
    }

    protected MvcTestResult post(String token, String uri, Object body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)).exchange();
    }

    protected MvcTestResult get(String token, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** Registers an in-city transfer of {@code member} to {@code toBranch} as the city administrator. */
    protected long registerInCity(long member, long toBranch) {
        MvcTestResult r = post(cityAdmin, "/api/transfers", Map.of("memberId", String.valueOf(member),
                "kind", "IN_CITY", "toOrgId", String.valueOf(toBranch), "reason", "工作调动",
                "plannedDate", today().plusDays(7).toString(), "duesPaidUntil", "2026-10"));
        if (r.getResponse().getStatus() != 201) {
            throw new AssertionError("registering failed: " + r.getResponse().getStatus() + " "
                    + new String(r.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return body(r).get("id").asLong();
    }
}
