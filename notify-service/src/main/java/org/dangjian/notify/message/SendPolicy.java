package org.dangjian.notify.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a new message may go out: urgent ones at once; others not during quiet hours (they wait for
 * the morning) and not beyond the phone's daily share (they are held until an administrator resends).
 */
public final class SendPolicy {
    private final LocalTime quietStart;
    private final LocalTime quietEnd;
    private final int dailyLimit;
    private final ZoneId zone;

    public SendPolicy(LocalTime quietStart, LocalTime quietEnd, int dailyLimit, ZoneId zone) {
        this.quietStart = quietStart;
        this.quietEnd = quietEnd;
        this.dailyLimit = dailyLimit;
        this.zone = zone;
    }

    /** The decision: held with a reason and (for quiet hours) a release time, or due now. */
    public record Decision(MessageStatus status, HeldReason heldReason, Instant notBefore) {
    }

    /**
     * {@code sharedOnSendDay}: the phone's non-urgent messages already counted on {@link #sendDay} for
     * this message, so one asked for at night that the morning's share has no room for is held back.
     */
    public Decision decide(boolean urgent, Instant now, int sharedOnSendDay) {
        if (urgent) {
            return new Decision(MessageStatus.WAITING, null, now);
        }
        if (sharedOnSendDay >= dailyLimit) {
            return new Decision(MessageStatus.HELD, HeldReason.DAILY_LIMIT, null);
        }
        if (quiet(now)) {
            return new Decision(MessageStatus.HELD, HeldReason.QUIET_HOURS, morningAfter(now));
        }
        return new Decision(MessageStatus.WAITING, null, now);
    }

    /** Quiet hours may span midnight (21:00–08:00) or not (13:00–14:00). */
    public boolean quiet(Instant at) {
        LocalTime t = at.atZone(zone).toLocalTime();
        return quietStart.isAfter(quietEnd)
                ? !t.isBefore(quietStart) || t.isBefore(quietEnd)
                : !t.isBefore(quietStart) && t.isBefore(quietEnd);
    }

    /** The end of the quiet hours that {@code at} falls in. */
    public Instant morningAfter(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime end = local.toLocalDate().atTime(quietEnd).atZone(zone);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }

    /**
     * The day whose share a message asked for now counts against: today, or for a non-urgent message
     * asked for in the quiet hours, the day of the morning it waits for.
     */
    public LocalDate sendDay(boolean urgent, Instant now) {
        Instant goes = !urgent && quiet(now) ? morningAfter(now) : now;
        return goes.atZone(zone).toLocalDate();
    }
}
