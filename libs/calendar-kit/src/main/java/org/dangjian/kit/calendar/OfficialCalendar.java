package org.dangjian.kit.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every year's calendar known at one moment, indexed by day: what a computation of working days reads. */
public final class OfficialCalendar {
    private final Set<Integer> years;
    private final Map<LocalDate, CalendarDayKind> days;

    private OfficialCalendar(Set<Integer> years, Map<LocalDate, CalendarDayKind> days) {
        this.years = years;
        this.days = days;
    }

    public static OfficialCalendar of(Collection<YearCalendar> calendars) {
        Map<LocalDate, CalendarDayKind> days = new HashMap<>();
        calendars.forEach(c -> c.days().forEach(d -> days.put(d.date(), d.kind())));
        return new OfficialCalendar(calendars.stream().map(YearCalendar::year).collect(Collectors.toUnmodifiableSet()),
                Map.copyOf(days));
    }

    /** Whether someone set this year's calendar; without it nobody knows its holidays. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** What the notice of the day's year says of it: empty when it names the day not at all. */
    public Optional<CalendarDayKind> kindOf(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }
}
