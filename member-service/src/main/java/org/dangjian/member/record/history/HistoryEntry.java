package org.dangjian.member.record.history;

import java.time.LocalDateTime;

/** One line of a member's history as clients see it. */
public record HistoryEntry(long id, LocalDateTime at, Long actorId, String actorUsername, String field,
                           String oldValue, String newValue) {
}
