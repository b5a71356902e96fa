package org.dangjian.org;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Date-times as this service stores them in {@code DATETIME} columns: UTC wall-clock time, which is what
 * the database session ({@code connectionTimeZone=UTC}) and the kits' own tables (outbox, inbox) hold,
 * whatever zone the server or {@code dj.time-zone} is in. "Now" comes from the injected clock.
 */
public final class StoredTime {
    private StoredTime() {
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** A stored value as the instant it means, for answers. */
    public static OffsetDateTime toOffset(LocalDateTime stored) {
        return stored == null ? null : stored.atOffset(ZoneOffset.UTC);
    }

    /** An instant as it is stored, for comparing with stored values. */
    public static LocalDateTime of(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
