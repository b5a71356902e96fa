package org.dangjian.transfer.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.kit.calendar.CalendarDay;
import org.dangjian.kit.calendar.CalendarDayKind;
import org.dangjian.kit.web.problem.ApiException;

/** What a year's calendar must satisfy before it replaces the one in force. */
final class CalendarRules {
    /** The years a calendar may be set for: the State Council has announced its holidays yearly since 2000. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private CalendarRules() {
    }

    /**
     * Every day lies in the year and is named once; an adjusted working day is a Saturday or Sunday (a weekday
     * is a working day anyway, so naming one would hide a typing error).
     */
    static void check(int year, List<CalendarDay> days) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiException.invalidField("year", "TRANSFER_CALENDAR_YEAR_OUT_OF_RANGE",
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay day = days.get(i);
            String field = "days[" + i + "].date";
            if (day.date().getYear() != year) {
                throw ApiException.invalidField(field, "TRANSFER_CALENDAR_DAY_OUTSIDE_YEAR", String.valueOf(year));
            }
            if (!seen.add(day.date())) {
                throw ApiException.invalidField(field, "TRANSFER_CALENDAR_DAY_TWICE");
            }
            if (day.kind() == CalendarDayKind.WORKING_DAY && !weekend(day.date())) {
                throw ApiException.invalidField(field, "TRANSFER_CALENDAR_WORKING_DAY_NOT_WEEKEND");
            }
        }
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
