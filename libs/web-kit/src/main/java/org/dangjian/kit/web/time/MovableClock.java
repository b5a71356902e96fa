package org.dangjian.kit.web.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.convert.DurationStyle;

/**
 * The development mode's clock that a rehearsal moves while the platform runs: {@code ./platform clock P400D}
 * writes the offset to one file in the run folder ({@code dj.clock.file}), and every process reads it at its next
 * "now". A year of member development (probation, deadlines, confirmation) can then be walked through in minutes,
 * with every service agreeing on the date.
 *
 * <p>The file is replaced whole (written aside, then renamed), so a process sees the old offset or the new one,
 * never half of it; a new file is a new inode, and the clock re-reads the file only when its identity or time
 * changes, one {@code stat} per "now". Forward only, for the reason {@link ClockOffset} gives: a negative or
 * unreadable offset counts as none, with a warning.
 */
final class MovableClock extends Clock {
    private static final Logger log = LoggerFactory.getLogger(MovableClock.class);

    private final Clock real;
    private final Duration fixed;
    private final Path file;
    private volatile Reading last = new Reading(null, null, Duration.ZERO);

    MovableClock(Clock real, Duration fixed, Path file) {
        this.real = real;
        this.fixed = fixed;
        this.file = file;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(real.getZone()) ? this : new MovableClock(real.withZone(zone), fixed, file);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(fixed).plus(offset());
    }

    /** The file's offset: re-read when the file is another one or was touched since the last reading. */
    Duration offset() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException none) {
            return moved(new Reading(null, null, Duration.ZERO));
        } catch (IOException e) {
            return last.offset();
        }
        Reading seen = last;
        if (Objects.equals(seen.identity(), attributes.fileKey()) && Objects.equals(seen.time(), attributes.lastModifiedTime())) {
            return seen.offset();
        }
        return moved(new Reading(attributes.fileKey(), attributes.lastModifiedTime(), read()));
    }

    private Duration read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return last.offset();
        }
        if (text.isEmpty()) {
            return Duration.ZERO;
        }
        try {
            Duration offset = DurationStyle.detectAndParse(text);
            if (offset.isNegative()) {
                log.warn("{} says {}: the clock moves forward only, so it runs on the real time", file, text);
                return Duration.ZERO;
            }
            return offset;
        } catch (IllegalArgumentException notADuration) {
            log.warn("{} says '{}', which is not a duration such as P400D: the clock keeps {}", file, text, last.offset());
            return last.offset();
        }
    }

    private Duration moved(Reading now) {
        Reading before = last;
        last = now;
        if (!now.offset().equals(before.offset())) {
            log.warn("the clock now runs {} ahead of the real time ({}): it is {} here", fixed.plus(now.offset()), file,
                    real.instant().plus(fixed).plus(now.offset()).atZone(getZone()).toLocalDateTime().withNano(0));
        }
        return now.offset();
    }

    private record Reading(Object identity, java.nio.file.attribute.FileTime time, Duration offset) {
    }
}
