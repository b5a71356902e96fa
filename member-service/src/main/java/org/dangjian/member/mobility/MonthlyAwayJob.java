package org.dangjian.member.mobility;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly run, on the 1st at 07:00 in the platform's zone ({@code dj.time-zone}) by default
 * ({@code dj.member.away-report.cron}; "-" turns it off), before the administrators' daily digest goes. Every
 * replica schedules it; ShedLock lets one of them run it.
 */
@Component
class MonthlyAwayJob {
    private final MonthlyAwayReport report;
    private final Clock clock;

    MonthlyAwayJob(MonthlyAwayReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.member.away-report.cron:0 0 7 1 * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "member-away-report", lockAtMostFor = "PT30M")
    @Unscoped("the monthly list covers every branch of the city; no person asks for it")
    void announceThisMonth() {
        report.announce(LocalDate.now(clock));
    }
}
