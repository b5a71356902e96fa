package org.dangjian.kit.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the service's {@link RetentionRule}s each night (one replica, ShedLock), a thousand rows a batch, and records
 * every run in {@code dj_retention_run}; {@link #overview()} is what an administrator sees is due.
 */
public class Retention {
    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private final List<RetentionRule> rules;
    private final RetentionProperties props;
    private final JdbcClient jdbc;
    private final Clock clock;

    public Retention(List<RetentionRule> rules, RetentionProperties props, JdbcClient jdbc, Clock clock) {
        this.rules = List.copyOf(rules);
        this.props = props;
        this.jdbc = jdbc;
        this.clock = clock;
        rules.forEach(this::period); // a setting below a rule's minimum stops the service at start
    }

    @Scheduled(cron = "${dj.retention.cron:0 20 3 * * *}", zone = "${dj.time-zone}")
    @SchedulerLock(name = "dj-retention", lockAtMostFor = "PT2H")
    public void nightly() {
        runAll();
    }

    /** Every rule once; the rows each erased or anonymised, by kind. */
    public Map<String, Integer> runAll() {
        Map<String, Integer> done = new java.util.LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            done.put(rule.kind(), run(rule));
        }
        return done;
    }

    public List<RetentionKind> overview() {
        List<RetentionKind> kinds = new ArrayList<>();
        for (RetentionRule rule : rules) {
            LocalDateTime cutoff = cutoff(rule);
            LastRun last = jdbc.sql("SELECT finished_at, done FROM dj_retention_run WHERE kind = ?"
                    + " ORDER BY id DESC LIMIT 1").param(rule.kind())
                    .query((rs, i) -> new LastRun(rs.getObject(1, LocalDateTime.class), rs.getInt(2)))
                    .optional().orElse(new LastRun(null, null));
            kinds.add(new RetentionKind(rule.kind(), rule.label(), rule.action(), period(rule).toString(), cutoff,
                    rule.countDue(cutoff), last.at(), last.done()));
        }
        return kinds;
    }

    private int run(RetentionRule rule) {
        LocalDateTime started = LocalDateTime.now(clock);
        LocalDateTime cutoff = cutoff(rule);
        int done = 0;
        int batch;
        do {
            batch = rule.apply(cutoff, BATCH);
            done += batch;
        } while (batch == BATCH);
        jdbc.sql("INSERT INTO dj_retention_run (kind, action, cutoff, done, started_at, finished_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(rule.kind(), rule.action().name(), cutoff, done, started, LocalDateTime.now(clock)).update();
        log.info("retention {}: {} rows older than {} {}", rule.kind(), done, cutoff, rule.action());
        return done;
    }

    private LocalDateTime cutoff(RetentionRule rule) {
        return LocalDateTime.now(clock).minus(period(rule));
    }

    private Period period(RetentionRule rule) {
        Period period = props.getPeriods().getOrDefault(rule.kind(), rule.defaultPeriod());
        Period minimum = rule.minimumPeriod();
        LocalDate reference = LocalDate.of(2000, 1, 1);
        if (period.isNegative() || reference.plus(period).isBefore(reference.plus(minimum))) {
            throw new IllegalStateException("dj.retention.periods." + rule.kind() + " is " + period + ": "
                    + rule.label() + " must be kept at least " + minimum);
        }
        return period;
    }

    private record LastRun(LocalDateTime at, Integer done) {
    }
}
