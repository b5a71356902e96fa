package org.dangjian.contracts.transfer;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * The city administrator set a year's official holiday calendar in transfer-service, which keeps it: the whole
 * year, replacing the one before (days it no longer names are ordinary days again). Every service that counts
 * working days follows it with calendar-kit. {@code kind} of a day is {@code DAY_OFF} (放假) or
 * {@code WORKING_DAY} (a weekend day made a working day, 调休上班).
 */
public record HolidayCalendarSet(int year, String source, List<Day> days) implements IntegrationEvent {
    public static final String TYPE = "dj.transfer.holiday-calendar-set.v1";

    public record Day(LocalDate date, String kind, String festival) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.TRANSFER;
    }

    /** Keyed by year: a year set twice arrives in order. */
    @Override
    public String eventSubject() {
        return "calendar-" + year;
    }
}
