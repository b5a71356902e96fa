package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.infra.FreePort;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Drives the relay by hand: its own schema, with this instance's poller and listeners off, so that
 * nothing else sends these rows behind the test's back.
 */
@SpringBootTest(classes = EventsTestApplication.class,
        properties = {"dj.events.relay-enabled=false", "spring.kafka.listener.auto-startup=false",
                "dj.events.max-send-attempts=3"})
@UsesInfrastructure(schema = "dj_events_relay_test")
class RelayTest {
    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void whileKafkaIsDownRowsStayUnsentInOrderAndGoOutWhenItIsBack() {
        relay.publishPending();
        long orgId = Ids.unique();
        String first = insertUnsent(orgId, "first");
        String second = insertUnsent(orgId, "second");

        try (EventSender unreachable = new EventSender(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + FreePort.find()), Duration.ofSeconds(1))) {
            OutboxRelay relayWithoutKafka = new OutboxRelay(jdbc, transactionManager, unreachable, "events-kit-test",
                    100, 3, () -> { }, Clock.systemUTC());
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThat(relayWithoutKafka.publishPending()).isZero();
            }
        }
        assertThat(row(first)).as("a broker away is never a reason to park").containsEntry("attempts", 4)
                .containsEntry("sent_at", null);
        assertThat((String) row(first).get("last_error")).isNotBlank();
        // The second was not even tried: it must not overtake the first.
        assertThat(row(second)).containsEntry("attempts", 0).containsEntry("sent_at", null);

        assertThat(relay.publishPending()).isEqualTo(2);

        assertThat(row(first).get("sent_at")).isNotNull();
        assertThat(row(first).get("last_error")).isNull();
        assertThat(row(second).get("sent_at")).isNotNull();
        try (TopicProbe probe = new TopicProbe(bootstrap, Topics.ORG)) {
            List<ConsumerRecord<String, String>> records = probe.collectUntil(
                    r -> Long.toString(orgId).equals(r.key()), r -> second.equals(TopicProbe.header(r, "ce_id")));
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_id")).containsExactly(first, second);
        }
    }

    @Test
    void aRelayDoesNotOvertakeOlderRowsAnotherInstanceIsSending() throws Exception {
        relay.publishPending();
        long orgId = Ids.unique();
        String older = insertUnsent(orgId, "older");
        String newer = insertUnsent(orgId, "newer");

        // Another instance's relay has locked the older row and is waiting for Kafka.
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT id FROM dj_outbox WHERE event_id = ? FOR UPDATE")) {
                lock.setString(1, older);
                lock.executeQuery().close();
            }
            assertThat(relay.publishPending()).isZero();
            assertThat(row(newer).get("sent_at")).isNull();
            other.rollback();
        }

        assertThat(relay.publishPending()).isEqualTo(2);
        assertThat(row(older).get("sent_at")).isNotNull();
        assertThat(row(newer).get("sent_at")).isNotNull();
    }

    @Test
    void pruningDeletesOldSentRowsAndOldInboxRowsButNeverUnsentOnes() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String oldSent = insertRow(Ids.unique(), now.minusDays(8), now.minusDays(8));
        String recentSent = insertRow(Ids.unique(), now.minusDays(1), now.minusDays(1));
        String oldUnsent = insertRow(Ids.unique(), now.minusDays(30), null);
        jdbc.update("INSERT INTO dj_inbox (consumer, event_id, received_at) VALUES ('prune', ?, ?), ('prune', ?, ?)",
                "old-" + oldSent, now.minusDays(31), "recent-" + oldSent, now.minusDays(29));

        new EventTablesPruner(jdbc, transactionManager, Duration.ofDays(7), Duration.ofDays(30), Clock.systemUTC()).prune();

        assertThat(jdbc.queryForList("SELECT event_id FROM dj_outbox WHERE event_id IN (?, ?, ?)", String.class,
                oldSent, recentSent, oldUnsent)).containsExactlyInAnyOrder(recentSent, oldUnsent);
        assertThat(jdbc.queryForList("SELECT event_id FROM dj_inbox WHERE consumer = 'prune'", String.class))
                .containsExactly("recent-" + oldSent);
        jdbc.update("DELETE FROM dj_outbox WHERE event_id = ?", oldUnsent);
    }

    @Test
    void aRowKafkaWillNeverTakeIsParkedAfterItsAttemptsAndTheEventsAfterItStillGoOut() {
        relay.publishPending();
        long orgId = Ids.unique();
        String tooLarge = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO dj_outbox (event_id, topic, aggregate_id, event_type, payload, occurred_at, attempts)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0)", tooLarge, Topics.ORG, Long.toString(orgId), OrgCreated.TYPE,
                "{\"name\":\"" + "党".repeat(600_000) + "\"}", LocalDateTime.now(ZoneOffset.UTC));
        String after = insertUnsent(orgId, "after");

        assertThat(relay.publishPending()).as("first refusal: the row holds the others back").isZero();
        assertThat(row(after).get("sent_at")).isNull();
        relay.publishPending();
        assertThat(relay.publishPending()).as("third refusal: parked, and the next row goes out").isEqualTo(1);

        Map<String, Object> parked = jdbc.queryForMap("SELECT sent_at, parked_at, attempts, last_error FROM dj_outbox"
                + " WHERE event_id = ?", tooLarge);
        assertThat(parked.get("sent_at")).isNull();
        assertThat(parked.get("parked_at")).isNotNull();
        assertThat(parked.get("attempts")).isEqualTo(3);
        assertThat((String) parked.get("last_error")).contains("RecordTooLarge");
        assertThat(row(after).get("sent_at")).isNotNull();
        assertThat(relay.publishPending()).as("a parked row is not tried again").isZero();
        assertThat(jdbc.queryForObject("SELECT attempts FROM dj_outbox WHERE event_id = ?", Integer.class, tooLarge))
                .isEqualTo(3);
    }

    @Test
    void whatTheBrokerMayAcceptLaterIsNeverParked() {
        assertThat(OutboxRelay.refusedForGood(new org.springframework.kafka.core.KafkaProducerException(null, "x",
                new org.apache.kafka.common.errors.RecordTooLargeException("too large")))).isTrue();
        assertThat(OutboxRelay.refusedForGood(new org.apache.kafka.common.errors.TimeoutException("broker away")))
                .isFalse();
        assertThat(OutboxRelay.refusedForGood(new org.apache.kafka.common.errors.NotLeaderOrFollowerException("moving")))
                .isFalse();
        assertThat(OutboxRelay.refusedForGood(new org.apache.kafka.common.errors.TopicAuthorizationException("acl")))
                .isFalse();
        assertThat(OutboxRelay.refusedForGood(new java.util.concurrent.TimeoutException("no ack"))).isFalse();
    }

    @Test
    void theKitMigrationsRanBeforeTheServicesOwn() {
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank",
                String.class)).containsExactly("0.1", "0.2", "0.3", "0.4", "1");
    }

    private String insertUnsent(long orgId, String name) {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO dj_outbox (event_id, topic, aggregate_id, event_type, payload, occurred_at, attempts)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0)", eventId, Topics.ORG, Long.toString(orgId), OrgCreated.TYPE,
                EventJson.write(new OrgCreated(orgId, 1L, "/1/" + orgId + "/", name, name, "BRANCH", "PARTY")),
                LocalDateTime.now(ZoneOffset.UTC));
        return eventId;
    }

    private String insertRow(long orgId, LocalDateTime occurredAt, LocalDateTime sentAt) {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO dj_outbox (event_id, topic, aggregate_id, event_type, payload, occurred_at, sent_at,"
                        + " attempts) VALUES (?, ?, ?, ?, '{}', ?, ?, 1)", eventId, Topics.ORG, Long.toString(orgId),
                OrgCreated.TYPE, occurredAt, sentAt);
        return eventId;
    }

    private Map<String, Object> row(String eventId) {
        return jdbc.queryForMap("SELECT sent_at, attempts, last_error FROM dj_outbox WHERE event_id = ?", eventId);
    }
}
