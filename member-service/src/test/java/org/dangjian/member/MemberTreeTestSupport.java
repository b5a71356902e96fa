package org.dangjian.member;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.dangjian.member.record.IdNumbers;
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
 * A fresh little tree per test, sent as org-service sends it (events through Kafka into the inbox):
 * city root; town1 with branches A and B; town2 with branch C. Members are registered through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_member")
public abstract class MemberTreeTestSupport {
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 900_000) * 1000);
    /** ID-number sequence digits, so that two test members born the same day never share a number. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 400));

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

    protected long root;
    protected long town1;
    protected long town2;
    protected long branchA;
    protected long branchB;
    protected long branchC;
    protected String cityAdmin;

    @BeforeEach
    void tree() {
        root = IDS.incrementAndGet();
        town1 = IDS.incrementAndGet();
        town2 = IDS.incrementAndGet();
        branchA = IDS.incrementAndGet();
        branchB = IDS.incrementAndGet();
        branchC = IDS.incrementAndGet();
        publish(new OrgCreated(root, null, path(root), null, "市委", "COMMITTEE", "GOVERNMENT"));
        publish(new OrgCreated(town1, root, path(root, town1), "T1-" + town1, "玉山镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(town2, root, path(root, town2), "T2-" + town2, "周市镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(branchA, town1, path(root, town1, branchA), "A-" + branchA, "A支部", "BRANCH", "VILLAGE"));
        publish(new OrgCreated(branchB, town1, path(root, town1, branchB), "B-" + branchB, "B支部", "BRANCH", "VILLAGE"));
        publish(new OrgCreated(branchC, town2, path(root, town2, branchC), "C-" + branchC, "C支部", "BRANCH", "VILLAGE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> knownOrg(branchA) && knownOrg(branchB) && knownOrg(branchC));
        cityAdmin = TestTokens.cityAdmin(root, path(root));
    }

    protected static String path(long... ids) {
        StringBuilder p = new StringBuilder("/");
        for (long id : ids) {
            p.append(id).append('/');
        }
        return p.toString();
    }

    protected String orgAdminOf(long... pathIds) {
        long org = pathIds[pathIds.length - 1];
        return TestTokens.orgAdmin(org % 100_000, org, path(pathIds));
    }

    private boolean knownOrg(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM org_ref WHERE org_id = ?", Integer.class, id) == 1;
    }

    protected void publish(IntegrationEvent event) {
        tx.executeWithoutResult(s -> outbox.add(event));
    }

    /** Registers through {@code POST /api/members} as the city administrator; returns the new id. */
    protected long register(NewMember m) {
        MvcTestResult created = mvc.post().uri("/api/members").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + cityAdmin).content(json.writeValueAsString(m.body()))
                .exchange();
        JsonNode body = body(created);
        if (created.getResponse().getStatus() != 201) {
            throw new AssertionError("registration refused: " + body);
        }
        return body.get("id").asLong();
    }

    /** A member to register: sensible defaults, each overridable. */
    protected static final class NewMember {
        private final Map<String, Object> body = new HashMap<>();
        private LocalDate birth;
        private boolean male = true;

        public NewMember(long orgId, String name) {
            body.put("orgId", String.valueOf(orgId));
            body.put("name", name);
            body.put("status", "FULL");
            born(LocalDate.of(1980, 6, 15));
        }

        public NewMember born(LocalDate birthDate) {
            birth = birthDate;
            body.put("birthDate", birthDate.toString());
            body.put("joinDate", birthDate.plusYears(25).toString());
            return renumber();
        }

        public NewMember female() {
            male = false;
            return renumber();
        }

        public NewMember joined(LocalDate joinDate) {
            body.put("joinDate", joinDate.toString());
            return this;
        }

        public NewMember with(String field, String value) {
            body.put(field, value);
            return this;
        }

        public String idNumber() {
            return (String) body.get("idNumber");
        }

        private NewMember renumber() {
            body.put("gender", male ? "MALE" : "FEMALE");
            int seq = (SEQUENCE.incrementAndGet() % 450) * 2 + (male ? 101 : 100);
            body.put("idNumber", IdNumbers.withCheckDigit("320583" + birth.toString().replace("-", "") + seq));
            return this;
        }

        Map<String, Object> body() {
            return body;
        }
    }

    protected MvcTestResult get(String uri, String token) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static List<Long> ids(JsonNode page) {
        return page.get("items").findValuesAsString("id").stream().map(Long::valueOf).toList();
    }
}
