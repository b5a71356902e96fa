package org.dangjian.points.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodesTest {
    private static final Instant NOW = Instant.parse("2026-12-10T06:30:00Z");
    private final String key = CheckInCodes.newKey();

    @Test
    void aCodeIsGoodForItsMeetingUntilItExpires() {
        String code = CheckInCodes.sign(7, NOW.plusSeconds(300), key);
        assertThat(CheckInCodes.check(code, 7, key, NOW)).isNull();
        assertThat(CheckInCodes.check(code, 7, key, NOW.plusSeconds(301))).isEqualTo(CheckInCodes.Refusal.EXPIRED);
    }

    @Test
    void aCodeNamesItsMeetingSoAnotherMeetingsCodeIsRefused() {
        String code = CheckInCodes.sign(8, NOW.plusSeconds(300), key);
        assertThat(CheckInCodes.check(code, 7, key, NOW)).isEqualTo(CheckInCodes.Refusal.OTHER_MEETING);
    }

    @Test
    void aCodeCannotBeMadeUpOrItsExpiryMoved() {
        String code = CheckInCodes.sign(7, NOW.plusSeconds(300), key);
        String[] parts = code.split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertThat(CheckInCodes.check(later, 7, key, NOW)).isEqualTo(CheckInCodes.Refusal.BAD_SIGNATURE);
        assertThat(CheckInCodes.check(CheckInCodes.sign(7, NOW.plusSeconds(300), CheckInCodes.newKey()), 7, key, NOW))
                .isEqualTo(CheckInCodes.Refusal.BAD_SIGNATURE);
        assertThat(CheckInCodes.check("hello", 7, key, NOW)).isEqualTo(CheckInCodes.Refusal.MALFORMED);
    }
}
