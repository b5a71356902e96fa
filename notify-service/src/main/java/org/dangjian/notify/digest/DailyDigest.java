package org.dangjian.notify.digest;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every day at {@code dj.notify.digest.cron} (08:30 by default) the digests go; every replica schedules it, one runs it. */
@Component
@EnableConfigurationProperties(DigestProperties.class)
class DailyDigest {
    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private final AdministratorDigests digests;
    private final Clock clock;

    DailyDigest(AdministratorDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.notify.digest.cron:0 30 8 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "notify-admin-digest", lockAtMostFor = "PT30M")
    void sendToday() {
        int sent = digests.send(LocalDate.now(clock));
        log.info("administrators' digest: {} sent", sent);
    }
}
