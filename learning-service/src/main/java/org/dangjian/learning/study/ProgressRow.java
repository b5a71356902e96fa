package org.dangjian.learning.study;

import java.time.Instant;

/** A learner's row of {@code lesson_progress}, as read and as the flush leaves it. */
record ProgressRow(long memberId, long lessonId, long courseId, int position, long creditedMs, long lastSeq,
                   Instant completedAt) {

    static ProgressRow none(long memberId, long lessonId, long courseId) {
        return new ProgressRow(memberId, lessonId, courseId, 0, 0, 0, null);
    }

    /** With an accepted heartbeat applied: the position it reported, its credit up to the lesson's length. */
    ProgressRow with(Accepted a, long durationMs) {
        return new ProgressRow(memberId, lessonId, courseId, a.position(), Math.min(durationMs, creditedMs + a.creditedMs()),
                a.seq(), completedAt);
    }

    ProgressRow completed(Instant at) {
        return new ProgressRow(memberId, lessonId, courseId, position, creditedMs, lastSeq, at);
    }
}
