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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.testkit.OutboxReplay;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What member-service's API tests share: a fresh organisation tree per test, delivered as org-service
 * would (events through the outbox, Kafka and the inbox), tokens, and small HTTP and event helpers.
 * Root committee, two towns, branches A and B under town 1.
 */
@SpringBootTest(properties = "dj.storage.local-root=target/test-storage")
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_member")
public abstract class MemberTestSupport {
    private static final AtomicInteger ID_SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));
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
    protected KafkaAdmin kafkaAdmin;

    protected long root;
    protected long town1;
    protected long town2;
    protected long branchA;
    protected long branchB;
    /** A branch of town2, outside town1's subtree. */
    protected long branchC;
    protected String cityAdmin;

    /**
     * A fresh little tree per test, sent as org-service sends it (events through Kafka into the inbox):
     * city root; town1 with branches A and B; town2 with branch C. Organisations have codes, as imports
     * name them.
     */
    @BeforeEach
    void tree() {
        root = nextId();
        town1 = nextId();
        town2 = nextId();
        branchA = nextId();
        branchB = nextId();
        branchC = nextId();
        publish(new OrgCreated(root, null, path(root), null, "市委", "COMMITTEE", "GOVERNMENT"));
        publish(new OrgCreated(town1, root, path(root, town1), "T1-" + town1, "玉山镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(town2, root, path(root, town2), "T2-" + town2, "周市镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(branchA, town1, pathA(), "A-" + branchA, "A支部", "BRANCH", "VILLAGE"));
        publish(new OrgCreated(branchB, town1, pathB(), "B-" + branchB, "B支部", "BRANCH", "VILLAGE"));
        publish(new OrgCreated(branchC, town2, path(root, town2, branchC), "C-" + branchC, "C支部", "BRANCH", "VILLAGE"));
        // Each organisation is its own Kafka key, so they may arrive in any order: wait for all.
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(root, town1, town2, branchA, branchB, branchC)
                .stream().allMatch(this::knownOrg));
        cityAdmin = TestTokens.cityAdmin(root, path(root));
    }

    protected static String path(long... ids) {
        StringBuilder p = new StringBuilder("/");
        for (long id : ids) {
            p.append(id).append('/');
        }
        return p.toString();
    }

    protected static long nextId() {
        return IDS.incrementAndGet();
    }

    protected String pathA() {
        return "/" + root + "/" + town1 + "/" + branchA + "/";
    }

    protected String pathB() {
        return "/" + root + "/" + town1 + "/" + branchB + "/";
    }

    protected boolean knownOrg(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM org_ref WHERE org_id = ?", Integer.class, id) == 1;
    }

    /** Publishes as another service would: through the outbox in a transaction. */
    protected void publish(IntegrationEvent event) {
        tx.executeWithoutResult(s -> outbox.add(event));
    }

    /**
     * Sends an already published event again, with the same event id, as the outbox relay does when it
     * crashes between Kafka's ack and marking the row sent; returns once the relay sent it.
     */
    protected void redeliver(String eventType, String aggregateId) {
        OutboxReplay.redeliver(jdbc, eventType, aggregateId);
    }

    /** How many events of a type this service wrote for an aggregate. */
    protected int outboxCount(String eventType, Object aggregateId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?",
                Integer.class, eventType, aggregateId.toString());
    }

    /** A token of the member themself, as org-service issues for the mini-program. */
    protected String memberToken(long memberId, long orgId, String orgPath) {
        return TestTokens.token(memberId + 500_000, "m" + memberId, orgId, orgPath, List.of("MEMBER"), memberId,
                Duration.ofMinutes(5));
    }

    protected String auditor(long orgId, String orgPath) {
        return TestTokens.token(orgId + 600_000, "auditor-" + orgId, orgId, orgPath, List.of("AUDITOR"), null,
                Duration.ofMinutes(5));
    }

    /**
     * Waits until {@code group} has consumed everything on {@code topic} (committed offsets at the end of
     * every partition): a redelivered event has then been seen, whatever it did or did not change.
     */
    protected void awaitConsumed(String group, String topic) {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || (committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue().offset()));
            });
        }
    }

    protected static List<Long> ids(JsonNode page) {
        return page.get("items").findValuesAsString("id").stream().map(Long::valueOf).toList();
    }

    /**
     * A valid ID number, different from every other this JVM made (500 per birth date and gender): tests
     * reuse birth dates, and a random sequence number would now and then repeat one.
     */
    protected static String idNumber(LocalDate birth, boolean male) {
        int seq = (ID_SEQUENCE.getAndIncrement() % 500) * 2 + (male ? 1 : 0);
        String first17 = "320583" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return ResidentIdNumbers.withCheckDigit(first17);
    }

    protected static Map<String, Object> member(long orgId, String name, String gender, String id, String phone,
                                                String birth) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", String.valueOf(orgId));
        m.put("name", name);
        m.put("gender", gender);
        m.put("idNumber", id);
        if (phone != null) {
            m.put("phone", phone);
        }
        m.put("birthDate", birth);
        m.put("joinDate", LocalDate.parse(birth).plusYears(25).toString());
        m.put("status", "FULL");
        return m;
    }

    protected MvcTestResult post(String token, Object payload, String idempotencyKey) {
        var request = mvc.post().uri("/api/members").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).content(json.writeValueAsString(payload));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.exchange();
    }

    /** Registers a member through the API and returns the created record. */
    protected JsonNode register(Map<String, Object> member) {
        MvcTestResult created = post(cityAdmin, member, null);
        if (created.getResponse().getStatus() != 201) {
            throw new AssertionError("register failed: " + created.getResponse().getStatus() + " " + body(created));
        }
        return body(created);
    }

    protected MvcTestResult get(String uri, String token) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    protected MvcTestResult send(String method, String uri, String token, Object payload) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (payload != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(payload));
        }
        return request.exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
