package org.dangjian.kit.events;

import java.time.Instant;

/**
 * A record one of the service's consumers gave up on, as its operators see it. The payload stays in the table
 * and is not shown: it may hold personal data, and the type, id and error say what an operator needs to decide.
 *
 * @param replayedAt null while the dead letter waits for an operator
 */
public record DeadLetter(long id, String consumerGroup, String topic, int partition, long offset, String eventId,
                         String eventType, String key, String error, Instant failedAt, Instant replayedAt,
                         Long replayedBy) {
}
