package org.dangjian.points.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Recalculates a year's totals after a rule change, one run at a time, in the background: for the whole
 * city it takes seconds, longer than a request should. Each run is recorded, so the city administrator
 * sees when the new rules show in every total.
 */
@Service
public class Recalculations implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(Recalculations.class);
    private final YearRecalculation totals;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "points-recalculation");
        t.setDaemon(true);
        return t;
    });

    Recalculations(YearRecalculation totals, JdbcClient jdbc, Clock clock) {
        this.totals = totals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A run: for which rules and year, how many members, started and finished when (null: still running). */
    @Schema(name = "Recalculation", description = "一次积分重算：针对哪一版规则和年份、多少党员、起止时间（未结束为空）。"
            + "A recalculation run: for which rules and year, how many members, started and finished when (null: still running).")
    public record Run(int ruleVersion, int year, Integer members, Instant startedAt, Instant finishedAt,
                      String error) {
    }

    void start(int ruleVersion, int year) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO recalculation (rule_version, year, started_at) VALUES (?, ?, ?)")
                .params(ruleVersion, year, Timestamp.from(clock.instant())).update(key);
        long id = key.getKey().longValue();
        runner.execute(() -> run(id, year));
    }

    /** Runs now, in the caller's thread; returns how many members were recalculated. */
    public int runNow(int year) {
        return totals.recalculate(year);
    }

    private void run(long id, int year) {
        try {
            int members = totals.recalculate(year);
            jdbc.sql("UPDATE recalculation SET members = ?, finished_at = ? WHERE id = ?")
                    .params(members, Timestamp.from(clock.instant()), id).update();
        } catch (RuntimeException e) {
            log.error("recalculation of {} failed", year, e);
            jdbc.sql("UPDATE recalculation SET finished_at = ?, error = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), truncate(e.toString()), id).update();
        }
    }

    public Optional<Run> latest() {
        return jdbc.sql("SELECT rule_version, year, members, started_at, finished_at, error FROM recalculation"
                        + " ORDER BY id DESC LIMIT 1")
                .query((rs, i) -> new Run(rs.getInt(1), rs.getInt(2), (Integer) rs.getObject(3, Integer.class),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .optional();
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
