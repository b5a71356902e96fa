package org.dangjian.transfer.expiry;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.dangjian.transfer.workflow.TransferClosing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (01:00 in {@code dj.time-zone} by default, {@code dj.transfer.expiry.cron}; "-" turns it off)
 * the transfers whose letter ran out unreported end as EXPIRED. Every replica schedules it; one runs it.
 * It has no caller: {@link TransferClosing#expireLettersBefore} declares why it reads the whole city.
 */
@Component
class DailyLetterExpiry {
    static final String LOCK = "transfer-letter-expiry";
    private static final Logger log = LoggerFactory.getLogger(DailyLetterExpiry.class);
    private final TransferClosing closing;
    private final Clock clock;

    DailyLetterExpiry(TransferClosing closing, Clock clock) {
        this.closing = closing;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.transfer.expiry.cron:0 0 1 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    void expireToday() {
        int expired = closing.expireLettersBefore(LocalDate.now(clock));
        log.info("{} transfer(s) expired with their letters", expired);
    }
}
