package org.dangjian.kit.calendar;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.transfer.HolidayCalendarSet;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Keeps this service's copy of the official calendar: each year transfer-service sets replaces the copy's, once. */
class HolidayCalendarFollower {
    private final EventInbox inbox;
    private final HolidayCalendars calendars;
    private final String consumer;

    HolidayCalendarFollower(EventInbox inbox, HolidayCalendars calendars, String consumer) {
        this.inbox = inbox;
        this.calendars = calendars;
        this.consumer = consumer;
    }

    /** The consumer group is the service's own: {@code <application name>.calendar}; other transfer events pass. */
    @KafkaListener(topics = Topics.TRANSFER, groupId = "${spring.application.name}" + CalendarAutoConfiguration.CONSUMER_SUFFIX)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(consumer, record, event -> {
            if (event.is(HolidayCalendarSet.TYPE)) {
                HolidayCalendarSet set = event.as(HolidayCalendarSet.class);
                calendars.replace(new YearCalendar(set.year(), set.source(), set.days().stream()
                        .map(d -> new CalendarDay(d.date(), CalendarDayKind.valueOf(d.kind()), d.festival()))
                        .toList()), null);
            }
        });
    }
}
