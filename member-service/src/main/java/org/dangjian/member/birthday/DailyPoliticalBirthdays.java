package org.dangjian.member.birthday;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run, at 08:00 in the platform's zone ({@code dj.time-zone}) by default
 * ({@code dj.member.political-birthday.cron}; "-" turns it off). Every replica schedules it; ShedLock lets
 * one of them run it.
 */
@Component
class DailyPoliticalBirthdays {
    private final PoliticalBirthdays birthdays;
    private final Clock clock;

    DailyPoliticalBirthdays(PoliticalBirthdays birthdays, Clock clock) {
        this.birthdays = birthdays;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.member.political-birthday.cron:0 0 8 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = BirthdayRunLock.NAME, lockAtMostFor = BirthdayRunLock.AT_MOST)
    @Unscoped("the daily greeting goes to every member of the city whose admission anniversary it is; no person asks for it")
    void greetToday() {
        birthdays.greet(LocalDate.now(clock));
    }
}
