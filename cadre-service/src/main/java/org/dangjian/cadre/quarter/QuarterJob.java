package org.dangjian.cadre.quarter;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The quarterly cycle's daily run ({@code dj.cadre.quarter.cron}, 06:30 in the platform's zone), before the
 * administrators' digest goes at 08:30. Every replica schedules it; ShedLock lets one of them run it.
 */
@Component
class QuarterJob {
    private final QuarterCycle cycle;
    private final Clock clock;

    QuarterJob(QuarterCycle cycle, Clock clock) {
        this.cycle = cycle;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.cadre.quarter.cron:0 30 6 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "cadre-quarter-cycle", lockAtMostFor = "PT30M")
    @Unscoped("the daily run covers every organisation of the city; no person asks for it")
    void runToday() {
        cycle.run(LocalDate.now(clock));
    }
}
