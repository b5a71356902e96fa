package org.dangjian.kit.calendar;

import java.util.Comparator;
import java.util.List;

/**
 * One year's official calendar: the days the notice gives off and the weekend days it makes working
 * days; every other day is an ordinary weekday or weekend day.
 *
 * @param source the notice it was typed from, e.g. 国办发明电〔2025〕7号
 */
public record YearCalendar(int year, String source, List<CalendarDay> days) {
    public YearCalendar {
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    public List<CalendarDay> daysOff() {
        return days.stream().filter(d -> d.kind() == CalendarDayKind.DAY_OFF).toList();
    }

    public List<CalendarDay> workingDays() {
        return days.stream().filter(d -> d.kind() == CalendarDayKind.WORKING_DAY).toList();
    }
}
