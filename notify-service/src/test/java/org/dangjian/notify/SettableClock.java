package org.dangjian.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The business clock of notify-service's tests: China's zone, moved to whatever moment a test sets and
 * running on from there (back-offs and expiries need time to pass).
 */
public final class SettableClock extends Clock {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private volatile Duration offset = Duration.ZERO;

    public void set(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
