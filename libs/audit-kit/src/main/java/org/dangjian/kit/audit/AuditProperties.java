package org.dangjian.kit.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dj.audit.retention}: how long the write audit keeps a row (default 400 days, so a year's review still
 * finds last year's work; never less than {@link #MINIMUM_RETENTION}, the service refuses to start below it).
 * {@code dj.audit.prune-cron}: when the nightly pruning runs, in the users' time zone.
 */
@ConfigurationProperties("dj.audit")
public class AuditProperties {
    /** Six months, as ARCHITECTURE.md requires of the audit. */
    public static final Duration MINIMUM_RETENTION = Duration.ofDays(183);

    private Duration retention = Duration.ofDays(400);
    private String pruneCron = "0 40 3 * * *";

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public String getPruneCron() {
        return pruneCron;
    }

    public void setPruneCron(String pruneCron) {
        this.pruneCron = pruneCron;
    }

    /** Refuses a retention below six months, with the setting named. */
    void check() {
        if (retention == null || retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("dj.audit.retention (DJ_AUDIT_RETENTION) is " + retention
                    + ": the write audit must be kept for at least 6 months (" + MINIMUM_RETENTION + ")");
        }
    }
}
