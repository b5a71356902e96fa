package org.dangjian.kit.web.time;

import java.time.Clock;
import java.time.Duration;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.springframework.boot.convert.DurationStyle;

/**
 * {@code dj.clock.offset} ({@code DJ_CLOCK_OFFSET}): a rehearsal's "now" runs this far ahead of the real time,
 * e.g. {@code P90D} to see what happens when a letter of introduction runs out or three months pass without a
 * meeting. Development mode only.
 *
 * <p>An offset rather than a date to start from: every process, and a process restarted hours later, then
 * agrees on the time, since none depends on when it was started. {@code ./platform} hands its environment to
 * every process, so one setting moves the whole platform.
 *
 * <p>Forward only. Tokens are stamped with the moved clock, while the gateway and the token checks in front
 * of each service compare them with the real time (they should: the checks are about the real age of a
 * credential). Ahead, a token merely lives longer in real time; behind, it would be born expired.
 */
final class ClockOffset {
    static final String PROPERTY = "dj.clock.offset";
    /** The file a rehearsal writes to move the clock while the platform runs ({@link MovableClock}). */
    static final String FILE_PROPERTY = "dj.clock.file";

    private ClockOffset() {
    }

    /** {@code real}, moved by {@code setting} (blank: not moved); refuses the setting outside development mode. */
    static Clock apply(Clock real, String setting, DevelopmentMode developmentMode) {
        return apply(real, setting, "", developmentMode);
    }

    /**
     * {@code real}, moved by {@code setting} and, when {@code file} is set, by the offset that file holds at each
     * "now" ({@link MovableClock}); both refused outside development mode.
     */
    static Clock apply(Clock real, String setting, String file, DevelopmentMode developmentMode) {
        Duration offset = fixed(setting, developmentMode);
        if (file != null && !file.isBlank()) {
            developmentMode.require(FILE_PROPERTY + "=" + file + " (DJ_CLOCK_FILE)",
                    "lets a rehearsal move the platform's clock", "remove DJ_CLOCK_FILE");
            return new MovableClock(real, offset, java.nio.file.Path.of(file.trim()));
        }
        return offset.isZero() ? real : Clock.offset(real, offset);
    }

    private static Duration fixed(String setting, DevelopmentMode developmentMode) {
        if (setting == null || setting.isBlank()) {
            return Duration.ZERO;
        }
        String named = PROPERTY + "=" + setting + " (DJ_CLOCK_OFFSET)";
        developmentMode.require(named, "moves the platform's clock", "remove DJ_CLOCK_OFFSET");
        Duration offset = parse(setting, named);
        if (offset.isNegative()) {
            throw new IllegalStateException(named + " would move the clock back, and tokens would then be issued"
                    + " already expired for the gateway, which keeps the real time: use an offset of zero or more,"
                    + " such as P90D or PT10H");
        }
        return offset;
    }

    private static Duration parse(String setting, String named) {
        try {
            return DurationStyle.detectAndParse(setting.trim());
        } catch (IllegalArgumentException notADuration) {
            throw new IllegalStateException(named + " is not a duration: write an ISO-8601 duration such as P90D"
                    + " (90 days) or PT10H (10 hours)");
        }
    }
}
