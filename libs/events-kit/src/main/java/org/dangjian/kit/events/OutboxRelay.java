package org.dangjian.kit.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes unsent outbox rows to Kafka in id order and marks them sent. A failed send is recorded on
 * its row and ends the run, so that no later event of the same aggregate overtakes it; the next run
 * (after the next commit, or the poller) starts again from that row. Rows are sent at least once:
 * a crash between the ack and the commit of {@code sent_at} sends them again.
 *
 * <p>A row Kafka refuses for good (too large, an invalid topic: not a retriable error, nor one of credentials that an
 * operator fixes for every row at once) would block every later event of the service forever. After
 * {@code dj.events.max-send-attempts} such refusals it is parked ({@code parked_at}), counted in the metric
 * {@code dj.outbox.parked} and logged at ERROR, and the rows after it flow again. While the broker is down, nothing is
 * parked: those failures are retriable.
 */
public class OutboxRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    // SKIP LOCKED: a second instance's relay never waits on rows this one is sending (MySQL 8, MariaDB 10.6+).
    private static final String LOCK_BATCH = "SELECT id, event_id, topic, aggregate_id, event_type, payload,"
            + " occurred_at, trace_id FROM dj_outbox WHERE sent_at IS NULL AND parked_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
    // A plain (non-locking) read: sees rows other relays have locked but not yet marked sent.
    private static final String OLDEST_UNSENT = "SELECT MIN(id) FROM dj_outbox WHERE sent_at IS NULL AND parked_at IS NULL";
    private static final String MARK_FAILED =
            "UPDATE dj_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?";
    private static final String PARK = "UPDATE dj_outbox SET parked_at = ? WHERE id = ? AND attempts >= ?";
    private static final int MAX_ERROR_LENGTH = 1000;

    private static final RowMapper<OutboxRow> ROW = (rs, n) -> new OutboxRow(rs.getLong("id"),
            rs.getString("event_id"), rs.getString("topic"), rs.getString("aggregate_id"),
            rs.getString("event_type"), rs.getString("payload"),
            rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("trace_id"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate tx;
    private final EventSender sender;
    private final String source;
    private final int batchSize;
    private final int maxSendAttempts;
    private final Runnable parkedCounter;
    private final Clock clock;
    private volatile boolean failing;

    OutboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EventSender sender, String source,
                int batchSize, int maxSendAttempts, Runnable parkedCounter, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tx = new TransactionTemplate(transactionManager);
        // READ COMMITTED: InnoDB then takes no gap locks for the locking SELECT, so services' inserts
        // of new outbox rows never wait behind a relay that is waiting for Kafka.
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sender = sender;
        this.source = source;
        this.batchSize = batchSize;
        this.maxSendAttempts = maxSendAttempts;
        this.parkedCounter = parkedCounter;
        this.clock = clock;
    }

    /** Sends everything unsent that this instance may send now; returns how many rows went out. */
    public int publishPending() {
        int total = 0;
        while (true) {
            Batch batch = tx.execute(status -> publishBatch());
            total += batch.sent();
            if (!batch.more()) {
                return total;
            }
        }
    }

    private Batch publishBatch() {
        List<OutboxRow> rows = jdbc.query(LOCK_BATCH, ROW, batchSize);
        if (rows.isEmpty()) {
            return new Batch(0, false);
        }
        Long oldest = jdbc.queryForObject(OLDEST_UNSENT, Long.class);
        if (oldest != null && oldest < rows.get(0).id()) {
            // Another instance holds older rows; sending ours now could overtake its events of the
            // same aggregate. It sends them, and we start from the oldest next time.
            return new Batch(0, false);
        }
        EventSender.BatchOutcome outcome = sender.sendAll(rows.stream().map(r -> Envelope.toRecord(r, source)).toList());
        if (outcome.acked() > 0) {
            named.update("UPDATE dj_outbox SET sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id IN (:ids)",
                    Map.of("now", LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                            "ids", rows.subList(0, outcome.acked()).stream().map(OutboxRow::id).toList()));
        }
        if (outcome.failure() != null) {
            OutboxRow failed = rows.get(outcome.acked());
            recordFailure(failed, outcome.failure());
            boolean parked = refusedForGood(outcome.failure()) && park(failed);
            // a parked row no longer holds the others back: go on with the rows after it
            return new Batch(outcome.acked(), parked);
        }
        int sent = outcome.acked();
        if (failing) {
            failing = false;
            log.info("outbox relay sends again");
        }
        return new Batch(sent, rows.size() == batchSize);
    }

    private void recordFailure(OutboxRow row, Exception e) {
        // "KafkaException: Send failed" says nothing; the innermost cause says e.g. which topic timed out.
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        jdbc.update(MARK_FAILED, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error,
                row.id());
        // One warning per outage, not one per poll.
        if (failing) {
            log.debug("outbox event {} still not sent: {}", row.eventId(), error);
        } else {
            failing = true;
            log.warn("outbox event {} ({} to {}) not sent, will retry: {}", row.eventId(), row.eventType(),
                    row.topic(), error, e);
        }
    }

    private boolean park(OutboxRow row) {
        int parked = jdbc.update(PARK, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), row.id(), maxSendAttempts);
        if (parked == 1) {
            parkedCounter.run();
            log.error("outbox event {} ({} to {}) parked after {} refusals; later events are sent without it. Fix the"
                            + " cause (dj_outbox.last_error), then set its parked_at to NULL to send it again",
                    row.eventId(), row.eventType(), row.topic(), maxSendAttempts);
        }
        return parked == 1;
    }

    /**
     * Kafka refused this record, and would refuse it again: not a retriable error (a broker away, a leader moving, a
     * timeout), nor a matter of credentials or permissions, which an operator fixes for all rows at once.
     */
    static boolean refusedForGood(Throwable failure) {
        boolean kafkaRefusal = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException || t instanceof AuthenticationException
                    || t instanceof AuthorizationException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof InterruptedException) {
                return false;
            }
            if (t instanceof ApiException || t instanceof SerializationException) {
                kafkaRefusal = true;
            }
        }
        return kafkaRefusal;
    }

    private record Batch(int sent, boolean more) {
    }
}
