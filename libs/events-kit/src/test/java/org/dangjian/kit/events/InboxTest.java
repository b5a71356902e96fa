package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = EventsTestApplication.class)
@UsesInfrastructure(schema = "dj_events_test")
class InboxTest {
    @Autowired
    EventInbox inbox;
    @Autowired
    EventOutbox outbox;
    @Autowired
    EventsTestApplication.CadreListener cadreListener;
    @Autowired
    EventsTestApplication.Observed observed;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void theSameRecordDeliveredTwiceRunsTheHandlerOnce() {
        ConsumerRecord<String, String> record = orgMovedRecord(UUID.randomUUID().toString(), null);
        AtomicInteger runs = new AtomicInteger();
        List<OrgMoved> seen = new ArrayList<>();

        for (int delivery = 0; delivery < 2; delivery++) {
            inbox.receive("events-kit-test.paths", record, event -> {
                runs.incrementAndGet();
                if (event.is(OrgMoved.TYPE)) {
                    seen.add(event.as(OrgMoved.class));
                }
                recordSideEffect("events-kit-test.paths", event.id());
            });
        }

        assertThat(runs).hasValue(1);
        assertThat(seen).singleElement().extracting(OrgMoved::newPath).isEqualTo("/1/7/");
        assertThat(sideEffects("events-kit-test.paths", header(record, "ce_id"))).isEqualTo(1);
    }

    @Test
    void observersHearOfEachEventHandledInItsTransactionAndNotOfOneSkipped() {
        ConsumerRecord<String, String> record = orgMovedRecord(UUID.randomUUID().toString(), null);
        List<ConsumerRecord<String, String>> batch = List.of(orgMovedRecord(UUID.randomUUID().toString(), null),
                orgMovedRecord(UUID.randomUUID().toString(), null));

        inbox.receive("events-kit-test.observed", record, event -> { });
        inbox.receive("events-kit-test.observed", record, event -> { });
        inbox.receiveAll("events-kit-test.observed", batch, event -> { });
        inbox.receiveAll("events-kit-test.observed", batch, event -> { });

        for (ConsumerRecord<String, String> r : List.of(record, batch.get(0), batch.get(1))) {
            assertThat(observed.inTransactionByEvent).containsEntry(header(r, "ce_id"), "events-kit-test.observed:true");
        }
    }

    @Test
    void aBatchIsHandledOnceEvenWhenItsRecordsComeAgain() {
        List<ConsumerRecord<String, String>> batch = List.of(orgMovedRecord(UUID.randomUUID().toString(), null),
                orgMovedRecord(UUID.randomUUID().toString(), null), orgMovedRecord(UUID.randomUUID().toString(), null));
        AtomicInteger runs = new AtomicInteger();

        inbox.receiveAll("events-kit-test.batch", batch, event -> {
            runs.incrementAndGet();
            recordSideEffect("events-kit-test.batch", event.id());
        });
        inbox.receiveAll("events-kit-test.batch", batch, event -> runs.incrementAndGet());

        assertThat(runs).hasValue(3);
        batch.forEach(r -> assertThat(sideEffects("events-kit-test.batch", header(r, "ce_id"))).isEqualTo(1));
    }

    @Test
    void aBatchRunsOnlyWhatWasNotHandledYetAndAnEventTwiceInOnePollOnce() {
        ConsumerRecord<String, String> handledBefore = orgMovedRecord(UUID.randomUUID().toString(), null);
        ConsumerRecord<String, String> fresh = orgMovedRecord(UUID.randomUUID().toString(), null);
        inbox.receive("events-kit-test.mixed", handledBefore, event -> { });
        List<String> ran = new java.util.ArrayList<>();

        inbox.receiveAll("events-kit-test.mixed", List.of(handledBefore, fresh, fresh), event -> ran.add(event.id()));

        assertThat(ran).containsExactly(header(fresh, "ce_id"));
    }

    @Test
    void aFailingEventInABatchKeepsTheOnesBeforeItAndNamesItsIndex() {
        List<ConsumerRecord<String, String>> batch = List.of(orgMovedRecord(UUID.randomUUID().toString(), null),
                orgMovedRecord(UUID.randomUUID().toString(), null), orgMovedRecord(UUID.randomUUID().toString(), null));
        String poison = header(batch.get(1), "ce_id");

        assertThatThrownBy(() -> inbox.receiveAll("events-kit-test.batch-failing", batch, event -> {
            recordSideEffect("events-kit-test.batch-failing", event.id());
            if (event.id().equals(poison)) {
                throw new IllegalStateException("cannot handle this one");
            }
        })).isInstanceOfSatisfying(org.springframework.kafka.listener.BatchListenerFailedException.class,
                e -> assertThat(e.getIndex()).isEqualTo(1));

        assertThat(sideEffects("events-kit-test.batch-failing", header(batch.get(0), "ce_id"))).isEqualTo(1);
        assertThat(sideEffects("events-kit-test.batch-failing", poison)).isZero();
        assertThat(sideEffects("events-kit-test.batch-failing", header(batch.get(2), "ce_id")))
                .as("left for the container to redeliver").isZero();
    }

    @Test
    void anotherConsumerOfTheSameEventStillRunsItsOwnHandler() {
        ConsumerRecord<String, String> record = orgMovedRecord(UUID.randomUUID().toString(), null);
        AtomicInteger runs = new AtomicInteger();

        inbox.receive("events-kit-test.paths", record, event -> runs.incrementAndGet());
        inbox.receive("events-kit-test.roster", record, event -> runs.incrementAndGet());

        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailingHandlerLeavesNoTraceSoTheRedeliveryRunsItAgain() {
        ConsumerRecord<String, String> record = orgMovedRecord(UUID.randomUUID().toString(), null);
        String eventId = header(record, "ce_id");

        assertThatThrownBy(() -> inbox.receive("events-kit-test.paths", record, event -> {
            recordSideEffect("events-kit-test.paths", event.id());
            throw new IllegalStateException("database of the handler is unhappy");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("unhappy");
        assertThat(sideEffects("events-kit-test.paths", eventId)).isZero();

        AtomicInteger runs = new AtomicInteger();
        inbox.receive("events-kit-test.paths", record, event -> {
            runs.incrementAndGet();
            recordSideEffect("events-kit-test.paths", event.id());
        });
        assertThat(runs).hasValue(1);
        assertThat(sideEffects("events-kit-test.paths", eventId)).isEqualTo(1);
    }

    @Test
    void theHandlerLogsUnderTheTraceIdOfTheRequestThatCausedTheEvent() {
        ConsumerRecord<String, String> record = orgMovedRecord(UUID.randomUUID().toString(),
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        List<String> traceIds = new ArrayList<>();

        inbox.receive("events-kit-test.paths", record, event -> traceIds.add(MDC.get("traceId")));

        assertThat(traceIds).containsExactly("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(MDC.get("traceId")).isNull();
    }

    /** Events written before tracing (no traceparent, perhaps the old traceId header) still run, in a trace of their own. */
    @Test
    void anEventWithoutATraceparentIsHandledInANewTrace() {
        ConsumerRecord<String, String> record = orgMovedRecord(UUID.randomUUID().toString(), null);
        add(record, "traceId", "trace-from-an-older-producer");
        List<String> traceIds = new ArrayList<>();

        inbox.receive("events-kit-test.paths", record, event -> traceIds.add(MDC.get("traceId")));

        assertThat(traceIds).singleElement().asString().matches("[0-9a-f]{32}");
        assertThat(MDC.get("traceId")).isNull();
    }

    @Test
    void eachEventOfABatchIsHandledInItsOwnTrace() {
        List<ConsumerRecord<String, String>> batch = List.of(
                orgMovedRecord(UUID.randomUUID().toString(), "00-11111111111111111111111111111111-00f067aa0ba902b7-01"),
                orgMovedRecord(UUID.randomUUID().toString(), "00-22222222222222222222222222222222-00f067aa0ba902b7-00"));
        List<String> traceIds = new ArrayList<>();

        inbox.receiveAll("events-kit-test.batch-traces", batch, event -> traceIds.add(MDC.get("traceId")));

        assertThat(traceIds).containsExactly("11111111111111111111111111111111", "22222222222222222222222222222222");
        assertThat(MDC.get("traceId")).isNull();
    }

    @Test
    void aRecordWithoutEventIdIsRejectedAsMalformed() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.ORG, 0, 0L, "7", "{}");
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> inbox.receive("events-kit-test.paths", record, event -> runs.incrementAndGet()))
                .isInstanceOf(MalformedEventException.class);
        assertThat(runs).hasValue(0);
    }

    @Test
    void anEventWhoseHandlerAlwaysFailsEndsOnTheDeadLetterTopicAfterTheRetries() {
        long cadreId = Ids.unique();
        String key = Long.toString(cadreId);
        new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> outbox.add(new CadreAppointed(cadreId, "李四")));

        ConsumerRecord<String, String> dead;
        try (TopicProbe probe = new TopicProbe(bootstrap, Topics.deadLetter(Topics.CADRE))) {
            dead = probe.await(r -> key.equals(r.key()));
        }

        // 1 delivery + dj.events.retries=2 redeliveries, then the DLT.
        assertThat(cadreListener.attemptsBySubject.get(key)).hasValue(3);
        assertThat(dead.topic()).isEqualTo("dj.cadre.v1.DLT");
        assertThat(dead.partition()).isEqualTo(
                ByteBuffer.wrap(dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt());
        assertThat(TopicProbe.header(dead, "ce_type")).isEqualTo(CadreAppointed.TYPE);
        assertThat(TopicProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("cannot appoint cadre " + key);
        assertThat(dead.value()).contains("李四");
        // The failed handler's inbox row was rolled back with it.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_inbox WHERE consumer = 'events-kit-test.cadre'"
                + " AND event_id = ?", Integer.class, TopicProbe.header(dead, "ce_id"))).isZero();
    }

    private void recordSideEffect(String consumer, String eventId) {
        jdbc.update("INSERT INTO inbox_probe (consumer, event_id) VALUES (?, ?)", consumer, eventId);
    }

    private int sideEffects(String consumer, String eventId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_probe WHERE consumer = ? AND event_id = ?",
                Integer.class, consumer, eventId);
    }

    private static ConsumerRecord<String, String> orgMovedRecord(String eventId, String traceparent) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.ORG, 0, 0L, "7",
                "{\"orgId\":7,\"oldParentId\":2,\"newParentId\":1,\"oldPath\":\"/1/2/7/\",\"newPath\":\"/1/7/\"}");
        add(record, "ce_specversion", "1.0");
        add(record, "ce_id", eventId);
        add(record, "ce_type", OrgMoved.TYPE);
        add(record, "ce_source", "org-service");
        add(record, "ce_time", "2026-01-05T08:00:00.123456Z");
        add(record, "ce_subject", "7");
        add(record, "content-type", "application/json");
        if (traceparent != null) {
            add(record, "traceparent", traceparent);
        }
        return record;
    }

    private static void add(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return TopicProbe.header(record, name);
    }
}
