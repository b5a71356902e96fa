package org.dangjian.recruitment.deadline;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily deadline run, at 07:30 in the platform's zone ({@code dj.time-zone}) by default
 * ({@code dj.recruitment.deadline-cron}; "-" turns it off), before administrators start their day. Every replica
 * schedules it; ShedLock lets one of them run it, and the notices' key keeps a second run from repeating one.
 */
@Component
class DeadlineJob {
    private final DeadlineAnnouncements announcements;
    private final Clock clock;

    DeadlineJob(DeadlineAnnouncements announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.recruitment.deadline-cron:0 30 7 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "recruitment-deadlines", lockAtMostFor = "PT30M")
    @Unscoped("the daily deadline run covers every open case of the city; no person asks for it")
    void announceToday() {
        announcements.announce(LocalDate.now(clock));
    }
}
