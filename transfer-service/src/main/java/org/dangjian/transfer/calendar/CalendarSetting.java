package org.dangjian.transfer.calendar;

import org.dangjian.contracts.transfer.HolidayCalendarSet;
import org.dangjian.kit.calendar.HolidayCalendars;
import org.dangjian.kit.calendar.YearCalendar;
import org.dangjian.kit.events.EventOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city administrator sets a year: this service keeps the calendar, and announces the year in the same
 * transaction ({@code HolidayCalendarSet}) so that every service counting working days with calendar-kit follows.
 */
@Service
class CalendarSetting {
    private final HolidayCalendars calendars;
    private final EventOutbox outbox;

    CalendarSetting(HolidayCalendars calendars, EventOutbox outbox) {
        this.calendars = calendars;
        this.outbox = outbox;
    }

    @Transactional
    void set(YearCalendar calendar, long accountId) {
        calendars.replace(calendar, accountId);
        outbox.add(new HolidayCalendarSet(calendar.year(), calendar.source(), calendar.days().stream()
                .map(d -> new HolidayCalendarSet.Day(d.date(), d.kind().name(), d.festival())).toList()));
    }
}
