package org.dangjian.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The business clock of the API tests: the real time, moved ahead by the tests (heartbeats 15 s apart in no time). */
public final class SteppingClock extends Clock {
    private final ZoneId zone;
    private final AtomicReference<Duration> ahead;

    SteppingClock(ZoneId zone, AtomicReference<Duration> ahead) {
        this.zone = zone;
        this.ahead = ahead;
    }

    public void advance(Duration by) {
        ahead.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SteppingClock(zone, ahead);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }
}
