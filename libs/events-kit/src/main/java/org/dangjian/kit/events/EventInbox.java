package org.dangjian.kit.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent. Kafka and the outbox both deliver at least once; the inbox row
 * {@code (consumer, event_id)} is inserted in the same transaction as the handler's side effects, so
 * an event either was handled (row and effects committed) or was not (neither), and a second
 * delivery finds the row and is skipped.
 */
public class EventInbox {
    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);
    private static final String CLAIM = "INSERT INTO dj_inbox (consumer, event_id, received_at) VALUES (?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final EventTracing tracing;
    private final List<InboxObserver> observers;

    EventInbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock, EventTracing tracing,
               List<InboxObserver> observers) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.tracing = tracing;
        this.observers = List.copyOf(observers);
    }

    /**
     * Runs {@code handler} for the record's event unless {@code consumer} already handled it. If the
     * handler throws, its effects and the inbox row roll back and the exception propagates, so the
     * container's error handler redelivers (and finally dead-letters) the record. The handler runs in the
     * trace of the work that wrote the event (its {@code traceparent} header), or in a new one.
     *
     * @param consumer stable name of this handler, e.g. {@code member-service.org-paths}; two handlers of
     *                 the same event need two names
     * @throws MalformedEventException when the record carries no usable CloudEvents id or type
     */
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<InboundEvent> handler) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(handler, "handler");
        InboundEvent event = Envelope.read(record);
        if (replayedForAnotherGroup(record)) {
            log.debug("{}: event {} was replayed for another service, skipped", consumer, event.id());
            return;
        }
        tracing.receive(consumer, record, () -> tx.executeWithoutResult(status -> {
            if (claim(consumer, event.id())) {
                handler.accept(event);
                observed(consumer, event);
                log.debug("{} handled event {} ({})", consumer, event.id(), event.type());
            } else {
                log.debug("{} already handled event {} ({}), skipped", consumer, event.id(), event.type());
            }
        }));
    }

    /**
     * A whole poll of a batch listener in one transaction: each record's event runs through
     * {@code handler} unless {@code consumer} already handled it, and one commit covers them all, which
     * is what makes a burst fast. If anything fails, the batch rolls back and its records run again one
     * transaction each, in order; the first that fails again is reported to the container as
     * {@link BatchListenerFailedException} with its index, so the records before it stay handled and
     * only it is retried (and finally dead-lettered). Each event's handler runs in that event's trace, as in
     * {@link #receive}.
     */
    public void receiveAll(String consumer, List<ConsumerRecord<String, String>> records,
                           Consumer<InboundEvent> handler) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(handler, "handler");
        try {
            tx.executeWithoutResult(status -> claimAll(consumer, records).forEach(fresh ->
                    tracing.receive(consumer, fresh.record(), () -> {
                        handler.accept(fresh.event());
                        observed(consumer, fresh.event());
                        log.debug("{} handled event {} ({})", consumer, fresh.event().id(), fresh.event().type());
                    })));
        } catch (RuntimeException batchFailed) {
            log.debug("{}: a batch of {} failed ({}), handling its records one by one", consumer, records.size(),
                    batchFailed.toString());
            for (int i = 0; i < records.size(); i++) {
                try {
                    receive(consumer, records.get(i), handler);
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("event " + i + " of the batch failed", e, i);
                }
            }
        }
    }

    /**
     * The poll's events this consumer has not handled yet, in order, claimed with one look-up and one
     * multi-row insert instead of an insert per event. A concurrent delivery claiming one of them too
     * makes the insert fail, and the batch falls back to one transaction per record.
     */
    private List<Received> claimAll(String consumer, List<ConsumerRecord<String, String>> records) {
        List<Received> events = records.stream().map(r -> new Received(r, Envelope.read(r)))
                .filter(received -> !replayedForAnotherGroup(received.record())).toList();
        if (events.isEmpty()) {
            return events;
        }
        Set<String> handled = new HashSet<>(named.queryForList(
                "SELECT event_id FROM dj_inbox WHERE consumer = :consumer AND event_id IN (:ids)",
                Map.of("consumer", consumer, "ids", events.stream().map(e -> e.event().id()).toList()), String.class));
        List<Received> fresh = new ArrayList<>();
        for (Received received : events) {
            if (handled.add(received.event().id())) {
                fresh.add(received);
            }
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        jdbc.batchUpdate(CLAIM, fresh.stream().map(e -> new Object[] {consumer, e.event().id(), now}).toList());
        return fresh;
    }

    /**
     * A dead letter sent again carries the group that failed on it ({@link Envelope#REPLAY_FOR}); the others
     * handled it when it first came (their inbox rows may be pruned since, so only this header keeps them from
     * running it twice). The group is the listener container's, known on its thread.
     */
    private static boolean replayedForAnotherGroup(ConsumerRecord<String, String> record) {
        String replayFor = Envelope.header(record, Envelope.REPLAY_FOR);
        return replayFor != null && !replayFor.equals(KafkaUtils.getConsumerGroupId());
    }

    private void observed(String consumer, InboundEvent event) {
        observers.forEach(o -> o.handled(consumer, event));
    }

    /** A record and the event read from it; the record's headers carry the event's trace. */
    private record Received(ConsumerRecord<String, String> record, InboundEvent event) {
    }

    private boolean claim(String consumer, String eventId) {
        try {
            jdbc.update(CLAIM, consumer, eventId, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            return true;
        } catch (DuplicateKeyException e) {
            // On MySQL and MariaDB a failed statement leaves the transaction usable. A concurrent
            // delivery of the same event waits on our row lock here and then lands in this branch.
            return false;
        }
    }
}
