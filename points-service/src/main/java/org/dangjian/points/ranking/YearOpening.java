package org.dangjian.points.ranking;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.dangjian.points.rules.Recalculations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Points reset yearly: on the first night of a year nobody has a total for it yet, so every active member
 * is given the year's base and ranked (a recalculation of the new year). Checked every night after
 * midnight ({@code dj.time-zone}), so a missed night is made up the next; one replica runs it.
 */
@Component
class YearOpening {
    private static final Logger log = LoggerFactory.getLogger(YearOpening.class);
    private final JdbcClient jdbc;
    private final Recalculations recalculations;
    private final Clock clock;

    YearOpening(JdbcClient jdbc, Recalculations recalculations, Clock clock) {
        this.jdbc = jdbc;
        this.recalculations = recalculations;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.points.year-opening.cron:0 10 0 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "points-year-opening", lockAtMostFor = "PT30M")
    void openTheYearIfNeeded() {
        int year = LocalDate.now(clock).getYear();
        int totals = jdbc.sql("SELECT COUNT(*) FROM member_total WHERE year = ?").param(year).query(Integer.class)
                .single();
        int active = jdbc.sql("SELECT COUNT(*) FROM member_ref WHERE status IN ('PROBATIONARY', 'FULL', 'MOBILE')")
                .query(Integer.class).single();
        if (totals < active) {
            log.info("{}: {} of {} active members have a total; opening the year", year, totals, active);
            recalculations.runNow(year);
        }
    }
}
