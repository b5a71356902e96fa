package org.dangjian.kit.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an integration event in {@code dj_outbox} inside the caller's transaction, so the event
 * exists exactly when the state change it describes was committed. Sending is the relay's job; after
 * the commit this only wakes the relay up, it never talks to Kafka on the caller's thread.
 */
public class EventOutbox {
    private static final Logger log = LoggerFactory.getLogger(EventOutbox.class);
    private static final String INSERT = "INSERT INTO dj_outbox"
            + " (event_id, topic, aggregate_id, event_type, payload, trace_id, occurred_at, attempts)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)";

    private final JdbcTemplate jdbc;
    private final Runnable wakeUpRelay;
    private final Clock clock;
    private final EventTracing tracing;

    EventOutbox(JdbcTemplate jdbc, Runnable wakeUpRelay, Clock clock, EventTracing tracing) {
        this.jdbc = jdbc;
        this.wakeUpRelay = wakeUpRelay;
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * @throws IllegalStateException when no transaction is active: written on its own, the event
     *                               could be published for a change that then rolls back, or be lost
     *                               for one that commits
     * @throws IllegalArgumentException when the event's topic is not one of {@link Topics#ALL}: only
     *                               those are declared, and with auto-create off it could never be sent
     */
    public void add(IntegrationEvent event) {
        addAll(List.of(Objects.requireNonNull(event, "event")));
    }

    /**
     * Records many events with one batched statement (an import of thousands of organisations writes
     * one event each); same rules as {@link #add}.
     */
    public void addAll(Collection<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("EventOutbox.add(" + events.iterator().next().eventType()
                    + ") needs an active transaction: call it from the @Transactional method that changes the state");
        }
        for (IntegrationEvent event : events) {
            if (!Topics.ALL.contains(event.eventTopic())) {
                throw new IllegalArgumentException("event " + event.eventType() + " names topic " + event.eventTopic()
                        + ", which is not in Topics.ALL");
            }
        }
        // DATETIME(6) keeps microseconds; truncating here makes ce_time equal what the row says.
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        // The relay sends later on its own thread: the row keeps the writer's trace context for it.
        String traceparent = tracing.currentTraceparent();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (IntegrationEvent event : events) {
            rows.add(new Object[] {UUID.randomUUID().toString(), event.eventTopic(), event.eventSubject(),
                    event.eventType(), EventJson.write(event), traceparent, now});
        }
        jdbc.batchUpdate(INSERT, rows);
        if (log.isDebugEnabled()) {
            log.debug("{} event(s) added to the outbox: {}", rows.size(),
                    events.stream().map(IntegrationEvent::eventType).distinct().toList());
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUpRelay.run();
            }
        });
    }
}
