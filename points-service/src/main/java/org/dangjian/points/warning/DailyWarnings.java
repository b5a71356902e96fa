package org.dangjian.points.warning;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (02:30 in {@code dj.time-zone} by default, {@code dj.points.warnings.cron}; "-" turns it off) the
 * watch runs. Every replica schedules it; one runs it.
 */
@Component
class DailyWarnings {
    private static final Logger log = LoggerFactory.getLogger(DailyWarnings.class);
    private final WarningWatch watch;
    private final Clock clock;

    DailyWarnings(WarningWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.points.warnings.cron:0 30 2 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "points-warnings", lockAtMostFor = "PT30M")
    void watchToday() {
        WarningWatch.Result r = watch.run(LocalDate.now(clock));
        log.info("warnings: {} raised, {} cleared, {} open", r.raised(), r.cleared(), r.open());
    }
}
