package org.dangjian.points.warning;

import java.time.LocalDate;

/** A member's gap: nothing since {@code since}, {@code months} whole months by the day of the watch. */
public record Gap(long memberId, LocalDate since, int months) {
}
