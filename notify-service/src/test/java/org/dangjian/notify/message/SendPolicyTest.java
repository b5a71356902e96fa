package org.dangjian.notify.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
    void the_share_is_counted_on_the_day_the_message_goes_out_in_china() {
        assertThat(policy.sendDay(false, china(26, 0, 30))).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(policy.sendDay(false, china(25, 22, 0))).as("held until the morning of the 26th")
                .isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(policy.sendDay(true, china(25, 22, 0))).as("a code goes at once").isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(policy.sendDay(false, Instant.parse("2026-11-25T16:30:00Z"))).as("00:30 in China, 16:30 UTC")
                .isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void a_greeting_asked_for_at_night_that_the_mornings_share_has_no_room_for_is_held_back() {
        assertThat(policy.decide(false, china(25, 22, 0), 5).heldReason()).isEqualTo(HeldReason.DAILY_LIMIT);
    }
}
