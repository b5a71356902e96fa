package org.dangjian.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The business clock of notify-service's tests: the users' zone ({@code dj.time-zone}), moved to whatever
 * moment a test sets and running on from there (back-offs and expiries need time to pass).
 */
public final class SettableClock extends Clock {
    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void set(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    /** Moves the clock to this wall-clock time in the users' zone. */
    public void at(LocalDateTime local) {
        set(local.atZone(zone).toInstant());
    }

    /** Noon of the real today in the users' zone: outside quiet hours. Where every test starts. */
    public void noonToday() {
        at(LocalDate.ofInstant(Instant.now(), zone).atTime(12, 0));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
