package org.dangjian.kit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Due dates in working days: Monday to Friday, minus the days off of the State Council's holiday notice,
 * plus the weekend days it makes working days (调休). The notice comes out each November for the year after
 * and is set per year ({@code PUT /api/transfers/calendar/{year}}). A year nobody set counts Monday to
 * Friday, and the log says so once per year in each process: often enough to be seen, not once per call.
 */
public final class WorkingDays {
    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final Supplier<OfficialCalendar> calendar;
    private final Set<Integer> yearsWarned = ConcurrentHashMap.newKeySet();

    public WorkingDays(Supplier<OfficialCalendar> calendar) {
        this.calendar = calendar;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(calendar.get(), day);
    }

    /** The day {@code days} working days after {@code start} (which itself does not count). */
    public LocalDate add(LocalDate start, int days) {
        OfficialCalendar official = calendar.get();
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(official, day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days after {@code start} up to and including {@code end}; 0 when {@code end} is not
     * after {@code start}. A step due on a Friday and still pending on Monday is one working day late.
     */
    public int countAfter(LocalDate start, LocalDate end) {
        OfficialCalendar official = calendar.get();
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(official, day)) {
                count++;
            }
        }
        return count;
    }

    private boolean isWorkingDay(OfficialCalendar official, LocalDate day) {
        if (!official.covers(day.getYear())) {
            warnOnce(day.getYear());
        }
        Optional<CalendarDayKind> named = official.kindOf(day);
        if (named.isPresent()) {
            return named.get() == CalendarDayKind.WORKING_DAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private void warnOnce(int year) {
        if (yearsWarned.add(year)) {
            log.warn("No official holiday calendar for {}: its working days count Monday to Friday, without its"
                    + " public holidays and adjusted working days. Set it from the State Council's notice with"
                    + " PUT /api/transfers/calendar/{}", year, year);
        }
    }
}
