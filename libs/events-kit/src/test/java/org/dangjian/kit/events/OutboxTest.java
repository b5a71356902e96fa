package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = EventsTestApplication.class)
@UsesInfrastructure(schema = "dj_events_test")
class OutboxTest {
    @Autowired
    EventOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Tracer tracer;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void eventAddedInACommittedTransactionArrivesWithCloudEventsHeadersKeyedByAggregate() {
        long orgId = Ids.unique();
        String key = Long.toString(orgId);
        // the request that writes the event: its trace goes with the event
        Span request = tracer.nextSpan().name("POST /api/orgs").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(request)) {
            inTransaction(() -> outbox.add(new OrgCreated(orgId, 1L, "/1/" + orgId + "/", "C" + orgId,
                    "昆山市委组织部第一支部", "BRANCH", "PARTY")));
        } finally {
            request.end();
        }

        ConsumerRecord<String, String> record;
        try (TopicProbe probe = new TopicProbe(bootstrap, Topics.ORG)) {
            record = probe.await(r -> key.equals(r.key()));
        }
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT event_id, occurred_at FROM dj_outbox WHERE topic = ? AND aggregate_id = ?", Topics.ORG, key);
        assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, "ce_id")).isEqualTo(row.get("event_id"));
        assertThat(UUID.fromString(TopicProbe.header(record, "ce_id"))).isNotNull();
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(OrgCreated.TYPE);
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("events-kit-test");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(key);
        assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/json");
        assertThat(TopicProbe.header(record, "traceparent"))
                .isEqualTo("00-" + request.context().traceId() + "-" + request.context().spanId() + "-"
                        + (Boolean.TRUE.equals(request.context().sampled()) ? "01" : "00"));
        Instant time = Instant.parse(TopicProbe.header(record, "ce_time"));
        assertThat(time).isEqualTo(((LocalDateTime) row.get("occurred_at")).toInstant(ZoneOffset.UTC))
                .isBetween(Instant.now().minusSeconds(60), Instant.now());

        // The value is the record itself, with numbers as numbers (not the web mapper's strings).
        JsonNode value = JsonMapper.builder().build().readTree(record.value());
        assertThat(value.get("orgId").isIntegralNumber()).isTrue();
        assertThat(value.get("orgId").asLong()).isEqualTo(orgId);
        assertThat(value.get("name").asString()).isEqualTo("昆山市委组织部第一支部");
        assertThat(value.has("eventType")).isFalse();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForMap(
                "SELECT sent_at, attempts, last_error FROM dj_outbox WHERE aggregate_id = ? AND topic = ?", key, Topics.ORG))
                .containsEntry("attempts", 1).containsEntry("last_error", null)
                .extractingByKey("sent_at").isNotNull());
    }

    @Test
    void eventAddedInARolledBackTransactionIsNeverPublishedAndLeavesNoRow() {
        long orgId = Ids.unique();
        String key = Long.toString(orgId);
        inTransaction(status -> {
            outbox.add(new OrgCreated(orgId, 1L, "/1/" + orgId + "/", "RB", "rolled back", "BRANCH", "PARTY"));
            status.setRollbackOnly();
        });
        // A later event of the same aggregate goes to the same partition after it: once it has
        // arrived, the rolled-back one would have been in front of it.
        inTransaction(() -> outbox.add(new OrgCreated(orgId, 1L, "/1/" + orgId + "/", "OK", "committed", "BRANCH",
                "PARTY")));

        List<ConsumerRecord<String, String>> forOrg;
        try (TopicProbe probe = new TopicProbe(bootstrap, Topics.ORG)) {
            forOrg = probe.collectUntil(r -> key.equals(r.key()),
                    r -> key.equals(r.key()) && r.value().contains("\"committed\""));
        }
        assertThat(forOrg).extracting(ConsumerRecord::value).noneMatch(v -> v.contains("rolled back")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE aggregate_id = ? AND topic = ?",
                Integer.class, key, Topics.ORG)).isEqualTo(1);
    }

    @Test
    void manyEventsAddedAtOnceAllArriveInTheirOrder() {
        long orgId = Ids.unique();
        String key = Long.toString(orgId);
        List<OrgCreated> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new OrgCreated(orgId, 1L, "/1/" + orgId + "/", "B" + i, "批量" + i, "BRANCH", "PARTY"));
        }
        inTransaction(() -> outbox.addAll(batch));

        JsonMapper mapper = JsonMapper.builder().build();
        List<String> codes;
        try (TopicProbe probe = new TopicProbe(bootstrap, Topics.ORG)) {
            codes = probe.collectUntil(r -> key.equals(r.key()),
                            r -> key.equals(r.key()) && r.value().contains("\"B4\"")).stream()
                    .map(r -> mapper.readTree(r.value()).get("code").asString()).toList();
        }
        assertThat(codes).containsExactly("B0", "B1", "B2", "B3", "B4");
    }

    @Test
    void addOutsideATransactionIsRefusedAndWritesNothing() {
        long orgId = Ids.unique();
        assertThatThrownBy(() -> outbox.add(new OrgCreated(orgId, 1L, "/1/", "X", "no tx", "BRANCH", "PARTY")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE aggregate_id = ?", Integer.class,
                Long.toString(orgId))).isZero();
    }

    @Test
    void rowLeftUnsentByACrashBeforeSendingIsPublishedByThePoller() {
        long memberId = Ids.unique();
        String eventId = UUID.randomUUID().toString();
        String payload = EventJson.write(new MemberRegistered(memberId, 12L, "/1/12/", "张三", "M",
                LocalDate.of(1990, 5, 4), LocalDate.of(2015, 7, 1), "FORMAL"));
        // Committed on its own, as if the service died right after its transaction: no after-commit
        // wake-up ever happens for this row.
        jdbc.update("INSERT INTO dj_outbox (event_id, topic, aggregate_id, event_type, payload, occurred_at, attempts)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0)", eventId, Topics.MEMBER, Long.toString(memberId),
                MemberRegistered.TYPE, payload, LocalDateTime.now(ZoneOffset.UTC));

        ConsumerRecord<String, String> record;
        try (TopicProbe probe = new TopicProbe(bootstrap, Topics.MEMBER)) {
            record = probe.await(r -> eventId.equals(TopicProbe.header(r, "ce_id")));
        }
        assertThat(record.key()).isEqualTo(Long.toString(memberId));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(MemberRegistered.TYPE);
        assertThat(record.value()).contains("\"birthDate\":\"1990-05-04\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT sent_at IS NOT NULL FROM dj_outbox WHERE event_id = ?", Boolean.class, eventId));
    }

    private void inTransaction(Runnable work) {
        inTransaction(status -> work.run());
    }

    private void inTransaction(java.util.function.Consumer<org.springframework.transaction.TransactionStatus> work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(work);
    }
}
