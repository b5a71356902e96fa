package org.dangjian.kit.servicetest;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.testkit.OutboxReplay;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's API tests share: the service on real MariaDB, Redis and Kafka (its schema from its
 * own {@code spring.datasource.url}), HTTP calls as a client makes them (JSON in and out, bearer tokens,
 * idempotency keys), events published as another service publishes them (outbox, Kafka, inbox), and
 * waiting for their effects. Uploads go under {@code target/}. The service runs in development mode
 * ({@code dj.dev-mode}), as under {@code ./platform}: development-only settings such as the {@code log} SMS
 * provider start; production's refusals are tested without the service (an {@code ApplicationContextRunner}).
 */
@SpringBootTest(properties = {"dj.storage.local-root=target/test-storage", "dj.dev-mode=true"})
@AutoConfigureMockMvc
@UsesInfrastructure
public abstract class ServiceApiTest {
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 900_000) * 1000);
    /** Long enough for an event's round trip through Kafka on a busy 2-core machine. */
    protected static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected JsonMapper json;
    /** For assertions on what the service stored; the service itself reads through its mappers. */
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected EventOutbox outbox;
    @Autowired
    protected TransactionTemplate tx;
    /** The business clock: "today" is the users' date (dj.time-zone), whatever zone the JVM runs in. */
    @Autowired
    protected Clock clock;
    @Autowired
    protected KafkaAdmin kafkaAdmin;

    /** An id no other test in this JVM (nor, very likely, an earlier run on the same schema) has used. */
    protected static long nextId() {
        return IDS.incrementAndGet();
    }

    /** The materialized path of the ids, root first: {@code path(1, 12)} is {@code /1/12/}. */
    protected static String path(long... ids) {
        StringBuilder p = new StringBuilder("/");
        for (long id : ids) {
            p.append(id).append('/');
        }
        return p.toString();
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected int year() {
        return today().getYear();
    }

    // ---- tokens, as org-service issues them ----

    /** The token a member gets in the mini-program. */
    protected static String memberToken(long memberId, long orgId, String orgPath) {
        return TestTokens.token(nextId(), "m" + memberId, orgId, orgPath, List.of("MEMBER"), memberId, Duration.ofMinutes(15));
    }

    protected static String auditorToken(long orgId, String orgPath) {
        return TestTokens.token(nextId(), "auditor-" + orgId, orgId, orgPath, List.of("AUDITOR"), null, Duration.ofMinutes(15));
    }

    // ---- HTTP, as a client calls ----

    protected MvcTestResult get(String token, String uri) {
        return send(HttpMethod.GET, token, uri, null, null);
    }

    protected MvcTestResult post(String token, String uri, Object body) {
        return send(HttpMethod.POST, token, uri, body, null);
    }

    /** A POST a mobile client may retry: the same key gets the first answer again. */
    protected MvcTestResult post(String token, String uri, Object body, String idempotencyKey) {
        return send(HttpMethod.POST, token, uri, body, idempotencyKey);
    }

    protected MvcTestResult put(String token, String uri, Object body) {
        return send(HttpMethod.PUT, token, uri, body, null);
    }

    protected MvcTestResult patch(String token, String uri, Object body) {
        return send(HttpMethod.PATCH, token, uri, body, null);
    }

    protected MvcTestResult delete(String token, String uri) {
        return send(HttpMethod.DELETE, token, uri, null, null);
    }

    /** Any call: no token for a public route, no body for none, a JSON body otherwise. */
    protected MvcTestResult send(HttpMethod method, String token, String uri, Object body, String idempotencyKey) {
        var request = mvc.method(method).uri(uri);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return request.exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The JSON body of a call that must have succeeded (2xx); otherwise fails with the status and the problem. */
    protected JsonNode ok(MvcTestResult result) {
        int status = result.getResponse().getStatus();
        if (status < 200 || status >= 300) {
            throw new AssertionError("expected success, got " + status + " "
                    + new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        }
        return body(result);
    }

    /** The ids of a page's items, in order. */
    protected static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }

    // ---- events, as other services publish them ----

    /** Publishes as another service would: through the outbox in a transaction, then Kafka. */
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
        return count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?", eventType,
                aggregateId.toString());
    }

    /**
     * Waits until {@code group} has consumed everything on {@code topic} (committed offsets at the end of
     * every partition): a redelivered event has then been seen, whatever it did or did not change.
     */
    protected void awaitConsumed(String group, String topic) {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            await().atMost(EFFECT_TIMEOUT).until(() -> {
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

    // ---- effects ----

    protected int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** Waits (up to {@link #EFFECT_TIMEOUT}) until an effect of an event or a job shows. */
    protected void awaitEffect(Callable<Boolean> effect) {
        await().atMost(EFFECT_TIMEOUT).until(effect);
    }
}
