package org.dangjian.kit.testkit;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivers an already published event again, with the same event id, as the outbox relay does when it
 * crashes between Kafka's ack and marking the row sent: how a test shows a consumer is idempotent.
 */
public final class OutboxReplay {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String UNSENT = "SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?"
            + " AND sent_at IS NULL";

    private OutboxReplay() {
    }

    /** Waits until the event went out, marks it unsent, and returns once the relay sent it again. */
    public static void redeliver(JdbcTemplate jdbc, String eventType, String aggregateId) {
        awaitSent(jdbc, eventType, aggregateId);
        jdbc.update("UPDATE dj_outbox SET sent_at = NULL WHERE event_type = ? AND aggregate_id = ?", eventType,
                aggregateId);
        awaitSent(jdbc, eventType, aggregateId);
    }

    private static void awaitSent(JdbcTemplate jdbc, String eventType, String aggregateId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (jdbc.queryForObject(UNSENT, Integer.class, eventType, aggregateId) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(eventType + " of " + aggregateId + " was not sent within " + PATIENCE);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the relay", e);
            }
        }
    }
}
