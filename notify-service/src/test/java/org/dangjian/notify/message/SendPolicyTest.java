package org.dangjian.notify.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quiet hours and the daily share, in China's time whatever the server's zone. */
class SendPolicyTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final SendPolicy policy = new SendPolicy(LocalTime.of(21, 0), LocalTime.of(8, 0), 5, CHINA);

    private static Instant china(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(CHINA).toInstant();
    }

    @Test
    void a_greeting_late_in_the_evening_waits_for_eight_the_next_morning() {
        SendPolicy.Decision d = policy.decide(false, china(25, 21, 0), 0);
        assertThat(d.status()).isEqualTo(MessageStatus.HELD);
        assertThat(d.heldReason()).isEqualTo(HeldReason.QUIET_HOURS);
        assertThat(d.notBefore()).isEqualTo(china(26, 8, 0));
    }

    @Test
    void a_greeting_in_the_small_hours_waits_for_eight_the_same_morning() {
        assertThat(policy.decide(false, china(26, 3, 15), 0).notBefore()).isEqualTo(china(26, 8, 0));
    }

    @Test
    void at_eight_and_before_nine_in_the_evening_messages_go_out() {
        assertThat(policy.decide(false, china(26, 8, 0), 0).status()).isEqualTo(MessageStatus.WAITING);
        assertThat(policy.decide(false, china(26, 20, 59), 0).status()).isEqualTo(MessageStatus.WAITING);
    }

    @Test
    void codes_are_never_held_not_at_night_and_not_beyond_the_share() {
        assertThat(policy.decide(true, china(25, 23, 30), 9).status()).isEqualTo(MessageStatus.WAITING);
    }

    @Test
    void the_sixth_message_of_a_day_is_held_back() {
        assertThat(policy.decide(false, china(26, 10, 0), 4).status()).isEqualTo(MessageStatus.WAITING);
        SendPolicy.Decision sixth = policy.decide(false, china(26, 10, 0), 5);
        assertThat(sixth.heldReason()).isEqualTo(HeldReason.DAILY_LIMIT);
        assertThat(sixth.notBefore()).as("until an administrator resends it").isNull();
    }

    @Test
    void the_day_begins_at_midnight_in_china_not_on_the_server() {
        assertThat(policy.startOfDay(china(26, 0, 30))).isEqualTo(china(26, 0, 0));
        assertThat(policy.startOfDay(china(26, 0, 30))).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
    }
}
