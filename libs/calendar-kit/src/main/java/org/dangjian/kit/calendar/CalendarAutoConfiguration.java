package org.dangjian.kit.calendar;

import java.time.Clock;
import java.time.Duration;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.events.KitMigrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives a service {@link WorkingDays} over the official holiday calendars ({@link HolidayCalendars}, tables
 * {@code holiday_calendar_year} and {@code holiday_calendar} by the kit's migrations 0.60–0.69, 2026 shipped).
 * transfer-service keeps the calendar and sets {@code dj.calendar.kit-migrations=false} (its own V3 made the
 * tables first); a service that only counts working days sets {@code dj.calendar.follow=true} and consumes
 * {@code dj.transfer.v1}, so the years the city administrator sets there reach its copy.
 */
@AutoConfiguration
public class CalendarAutoConfiguration {
    static final String CONSUMER_SUFFIX = ".calendar";

    @Bean
    HolidayCalendars holidayCalendars(JdbcClient jdbc, Clock clock, @Value("${dj.calendar.cache:30s}") Duration keepFor) {
        return new HolidayCalendars(jdbc, clock, keepFor);
    }

    @Bean
    WorkingDays workingDays(HolidayCalendars calendars) {
        return new WorkingDays(calendars::current);
    }

    @Bean
    @ConditionalOnProperty(name = "dj.calendar.follow", havingValue = "true")
    HolidayCalendarFollower holidayCalendarFollower(EventInbox inbox, HolidayCalendars calendars, Environment env) {
        return new HolidayCalendarFollower(inbox, calendars, env.getRequiredProperty("spring.application.name") + CONSUMER_SUFFIX);
    }

    @Bean
    @ConditionalOnProperty(name = "dj.calendar.kit-migrations", havingValue = "true", matchIfMissing = true)
    FlywayConfigurationCustomizer calendarMigrations() {
        return new KitMigrations("classpath:db/calendar-kit");
    }
}
