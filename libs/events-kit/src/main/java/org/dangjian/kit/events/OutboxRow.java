package org.dangjian.kit.events;

import java.time.Instant;

/**
 * One row of {@code dj_outbox} as the relay reads it; {@code traceparent} is the {@code trace_id} column, which
 * holds the writer's W3C traceparent (rows written before tracing hold a bare trace id, which is not sent).
 */
record OutboxRow(long id, String eventId, String topic, String aggregateId, String eventType, String payload,
                 Instant occurredAt, String traceparent) {
}
