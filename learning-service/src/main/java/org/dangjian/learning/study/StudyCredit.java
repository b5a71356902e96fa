package org.dangjian.learning.study;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule that turns heartbeats into study time. A heartbeat earns the media time it moved forward, but never
 * more than the server's clock allows since the previous accepted heartbeat, at up to {@link #FASTEST_RATE} times
 * normal speed: a player that claims to have played ten minutes in ten seconds earns 12.5 seconds, whatever rate
 * it says it plays at. One lesson plays at a time per learner: a heartbeat for another lesson while one is playing
 * earns nothing, unless it starts play (a deliberate switch: the other lesson stops earning). After a silence
 * longer than {@code maxGap} (the player closed, the phone slept) play starts again without credit for the gap.
 *
 * <p>The issue asked for min(time since the previous heartbeat, advance ÷ 1.25); at normal speed that credits
 * only 80 % of what was played, and the 90 % that completes a lesson could never be reached. The 1.25 is meant as
 * the fastest playback honoured, so it scales the time allowed instead.
 */
final class StudyCredit {
    /** Playback faster than this (1.25×) earns no more than at this speed. */
    static final double FASTEST_RATE = 1.25;
    private final Duration maxGap;

    StudyCredit(Duration maxGap) {
        this.maxGap = maxGap;
    }

    /** The outcome of {@code beat} arriving at {@code now} after {@code last} (null: nothing playing yet). */
    Decision judge(Playing last, Heartbeat beat, Instant now) {
        if (last != null && beat.id().equals(last.heartbeatId())) {
            return Decision.unchanged(HeartbeatOutcome.REPEATED);
        }
        // Above every earlier seq, and above the clock's milliseconds: should the playing state be lost (it expires
        // after a week unused), a new count still runs past what the database has applied.
        long seq = Math.max(last == null ? 0 : last.seq() + 1, now.toEpochMilli());
        Playing here = new Playing(beat.lessonId(), beat.position(), now, beat.id(), seq);
        if (last == null || beat.start() || Duration.between(last.at(), now).compareTo(maxGap) > 0) {
            return new Decision(HeartbeatOutcome.STARTED, 0, here);
        }
        if (beat.lessonId() != last.lessonId()) {
            return Decision.unchanged(HeartbeatOutcome.ANOTHER_LESSON_PLAYING);
        }
        if (beat.position() <= last.position()) {
            return Decision.unchanged(HeartbeatOutcome.NOT_FORWARD);
        }
        long advancedMs = (beat.position() - last.position()) * 1000L;
        long allowedMs = Math.round(Math.max(0, Duration.between(last.at(), now).toMillis()) * FASTEST_RATE);
        return new Decision(HeartbeatOutcome.CREDITED, Math.min(advancedMs, allowedMs), here);
    }

    /** The outcome, the media milliseconds earned, and the learner's new playing state (null: unchanged). */
    record Decision(HeartbeatOutcome outcome, long creditedMs, Playing next) {
        static Decision unchanged(HeartbeatOutcome outcome) {
            return new Decision(outcome, 0, null);
        }
    }
}
