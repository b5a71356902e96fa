package org.dangjian.kit.calendar;

import java.time.LocalDate;

/** One day the notice names, with the festival whose block it belongs to (元旦, 春节, 国庆节...). */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String festival) {
}
