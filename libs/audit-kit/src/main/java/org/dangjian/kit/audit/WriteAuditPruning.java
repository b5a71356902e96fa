package org.dangjian.kit.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Each night, deletes the write audit's rows older than the retention period; one replica at a time. */
public class WriteAuditPruning {
    private static final Logger log = LoggerFactory.getLogger(WriteAuditPruning.class);
    private final WriteAuditLog audit;
    private final AuditProperties props;
    private final Clock clock;

    WriteAuditPruning(WriteAuditLog audit, AuditProperties props, Clock clock) {
        this.audit = audit;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(cron = "${dj.audit.prune-cron:0 40 3 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "dj-write-audit-prune", lockAtMostFor = "PT1H")
    public void nightly() {
        prune();
    }

    /** The rows past the retention period, deleted; how many. */
    public int prune() {
        LocalDateTime before = LocalDateTime.now(clock).minus(props.getRetention());
        int deleted = audit.prune(before);
        log.info("write audit: {} rows written before {} deleted (retention {})", deleted, before, props.getRetention());
        return deleted;
    }
}
