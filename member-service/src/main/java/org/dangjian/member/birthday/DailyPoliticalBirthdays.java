package org.dangjian.member.birthday;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run, at 08:00 China time by default ({@code dj.member.political-birthday.cron}; "-" turns
 * it off). Every replica schedules it; ShedLock lets one of them run it.
 */
@Component
class DailyPoliticalBirthdays {
    private final PoliticalBirthdays birthdays;
    private final Clock clock;

    DailyPoliticalBirthdays(PoliticalBirthdays birthdays, Clock clock) {
        this.birthdays = birthdays;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.member.political-birthday.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = BirthdayRunLock.NAME, lockAtMostFor = BirthdayRunLock.AT_MOST)
    void greetToday() {
        birthdays.greet(LocalDate.now(clock));
    }
}
