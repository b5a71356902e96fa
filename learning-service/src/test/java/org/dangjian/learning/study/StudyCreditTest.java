package org.dangjian.learning.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rule that turns heartbeats into study time, each case by the name of what it states. */
class StudyCreditTest {
    private static final long LESSON = 7;
    private static final long OTHER_LESSON = 8;
    private final StudyCredit credit = new StudyCredit(Duration.ofSeconds(45));
    private final Instant t0 = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void the_first_heartbeat_starts_play_and_earns_nothing() {
        StudyCredit.Decision d = credit.judge(null, new Heartbeat(LESSON, "hb-00000001", 120, false), t0);
        assertThat(d.outcome()).isEqualTo(HeartbeatOutcome.STARTED);
        assertThat(d.creditedMs()).isZero();
        assertThat(d.next().position()).isEqualTo(120);
    }

    @Test
    void a_heartbeat_earns_the_media_time_it_moved_forward() {
        Playing last = playing(LESSON, 100, t0);
        StudyCredit.Decision d = credit.judge(last, new Heartbeat(LESSON, "hb-00000002", 115, false), t0.plusSeconds(15));
        assertThat(d.outcome()).isEqualTo(HeartbeatOutcome.CREDITED);
        assertThat(d.creditedMs()).isEqualTo(15_000);
        assertThat(d.next().seq()).isGreaterThan(last.seq());
    }

    @Test
    void playing_faster_than_one_and_a_quarter_earns_no_more_than_the_server_clock_allows() {
        Playing last = playing(LESSON, 100, t0);
        StudyCredit.Decision d = credit.judge(last, new Heartbeat(LESSON, "hb-00000002", 700, false), t0.plusSeconds(10));
        assertThat(d.outcome()).isEqualTo(HeartbeatOutcome.CREDITED);
        assertThat(d.creditedMs()).as("10 s of server time at 1.25×").isEqualTo(12_500);
        assertThat(d.next().position()).as("the player may resume where it jumped to").isEqualTo(700);
    }

    @Test
    void another_lesson_playing_for_the_learner_earns_nothing() {
        Playing last = playing(LESSON, 100, t0);
        StudyCredit.Decision d = credit.judge(last, new Heartbeat(OTHER_LESSON, "hb-00000002", 30, false), t0.plusSeconds(15));
        assertThat(d.outcome()).isEqualTo(HeartbeatOutcome.ANOTHER_LESSON_PLAYING);
        assertThat(d.creditedMs()).isZero();
        assertThat(d.next()).as("the lesson playing stays the one playing").isNull();
    }

    @Test
    void pressing_play_on_another_lesson_makes_it_the_one_playing_without_credit() {
        Playing last = playing(LESSON, 100, t0);
        StudyCredit.Decision d = credit.judge(last, new Heartbeat(OTHER_LESSON, "hb-00000002", 30, true), t0.plusSeconds(15));
        assertThat(d.outcome()).isEqualTo(HeartbeatOutcome.STARTED);
        assertThat(d.creditedMs()).isZero();
        assertThat(d.next().lessonId()).isEqualTo(OTHER_LESSON);
    }

    @Test
    void a_retried_heartbeat_changes_nothing() {
        Playing last = playing(LESSON, 100, t0);
        StudyCredit.Decision d = credit.judge(last, new Heartbeat(LESSON, last.heartbeatId(), 100, false), t0.plusSeconds(3));
        assertThat(d.outcome()).isEqualTo(HeartbeatOutcome.REPEATED);
        assertThat(d.next()).isNull();
    }

    @Test
    void a_position_that_does_not_move_forward_earns_nothing() {
        Playing last = playing(LESSON, 100, t0);
        assertThat(credit.judge(last, new Heartbeat(LESSON, "hb-00000002", 100, false), t0.plusSeconds(15)).outcome())
                .isEqualTo(HeartbeatOutcome.NOT_FORWARD);
        assertThat(credit.judge(last, new Heartbeat(LESSON, "hb-00000003", 40, false), t0.plusSeconds(15)).outcome())
                .as("sought back").isEqualTo(HeartbeatOutcome.NOT_FORWARD);
    }

    @Test
    void after_a_silence_longer_than_the_gap_play_starts_again_without_credit_for_the_gap() {
        Playing last = playing(LESSON, 100, t0);
        StudyCredit.Decision d = credit.judge(last, new Heartbeat(LESSON, "hb-00000002", 160, false), t0.plusSeconds(46));
        assertThat(d.outcome()).isEqualTo(HeartbeatOutcome.STARTED);
        assertThat(d.creditedMs()).isZero();
    }

    @Test
    void the_count_of_accepted_heartbeats_never_goes_back_even_when_the_playing_state_was_lost() {
        StudyCredit.Decision fresh = credit.judge(null, new Heartbeat(LESSON, "hb-00000009", 0, true), t0);
        assertThat(fresh.next().seq()).as("a new count starts at the clock's milliseconds").isEqualTo(t0.toEpochMilli());
    }

    private static Playing playing(long lesson, int position, Instant at) {
        return new Playing(lesson, position, at, "hb-00000001", at.toEpochMilli());
    }
}
