package org.dangjian.transfer.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Due dates in working days: Monday to Friday, minus public holidays, plus the weekend days the State
 * Council makes working days around them (调休). Both lists are configuration, set each year.
 */
public final class WorkingDays {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day {@code days} working days after {@code start} (which itself does not count). */
    public LocalDate add(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
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
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
