package org.dangjian.kit.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an integration event in {@code dj_outbox} inside the caller's transaction, so the event
 * exists exactly when the state change it describes was committed. Sending is the relay's job; after
 * the commit this only wakes the relay up, it never talks to Kafka on the caller's thread.
 */
public class EventOutbox {
    private static final String INSERT = "INSERT INTO dj_outbox"
            + " (event_id, topic, aggregate_id, event_type, payload, trace_id, occurred_at, attempts)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)";

    private final JdbcTemplate jdbc;
    private final Runnable wakeUpRelay;
    private final Clock clock;

    EventOutbox(JdbcTemplate jdbc, Runnable wakeUpRelay, Clock clock) {
        this.jdbc = jdbc;
        this.wakeUpRelay = wakeUpRelay;
        this.clock = clock;
    }

    /**
     * @throws IllegalStateException when no transaction is active: written on its own, the event
     *                               could be published for a change that then rolls back, or be lost
     *                               for one that commits
     * @throws IllegalArgumentException when the event's topic is not one of {@link Topics#ALL}: only
     *                               those are declared, and with auto-create off it could never be sent
     */
    public void add(IntegrationEvent event) {
        Objects.requireNonNull(event, "event");
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("EventOutbox.add(" + event.eventType()
                    + ") needs an active transaction: call it from the @Transactional method that changes the state");
        }
        if (!Topics.ALL.contains(event.eventTopic())) {
            throw new IllegalArgumentException("event " + event.eventType() + " names topic " + event.eventTopic()
                    + ", which is not in Topics.ALL");
        }
        // DATETIME(6) keeps microseconds; truncating here makes ce_time equal what the row says.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.update(INSERT, UUID.randomUUID().toString(), event.eventTopic(), event.eventSubject(),
                event.eventType(), EventJson.write(event), MDC.get(Envelope.MDC_TRACE_ID),
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUpRelay.run();
            }
        });
    }
}
