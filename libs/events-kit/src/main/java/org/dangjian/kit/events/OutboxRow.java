package org.dangjian.kit.events;

import java.time.Instant;

/** One row of {@code dj_outbox} as the relay reads it. */
record OutboxRow(long id, String eventId, String topic, String aggregateId, String eventType, String payload,
                 Instant occurredAt, String traceId) {
}
