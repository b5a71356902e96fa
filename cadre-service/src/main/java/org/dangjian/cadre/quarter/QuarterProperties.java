package org.dangjian.cadre.quarter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quarterly update's timing ({@code dj.cadre.quarter.*}).
 *
 * @param dueDaysAfterEnd the update is due this many days after the quarter's last day (10: the second quarter's
 *                        by 10 July), so that the changes of its last weeks can be entered
 * @param remindEveryDays an organisation still unconfirmed after the due date is reminded again after these days
 * @param cron            the daily run (open, remind, snapshot) in {@code dj.time-zone}: 06:30, before the
 *                        administrators' digest goes; "-" turns it off
 */
@ConfigurationProperties("dj.cadre.quarter")
public record QuarterProperties(@DefaultValue("10") int dueDaysAfterEnd, @DefaultValue("7") int remindEveryDays,
                                @DefaultValue("0 30 6 * * *") String cron) {

    java.time.LocalDate dueOn(Quarter quarter) {
        return quarter.lastDay().plusDays(dueDaysAfterEnd);
    }
}
