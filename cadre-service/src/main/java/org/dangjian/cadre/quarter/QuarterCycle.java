package org.dangjian.cadre.quarter;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.cadre.CadreQuarterOverdue;
import org.dangjian.kit.events.EventOutbox;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily run of the quarterly update, for a given day: (1) every active organisation with a post held gets its
 * task for the day's quarter (one statement; a task already there stays as it is); (2) each task past its due date
 * and unconfirmed is announced overdue ({@code cadre.quarter-overdue}, for the administrators' digest of the
 * organisation and those above), once and then again every {@code remindEveryDays}; (3) each quarter whose update is
 * due gets its snapshot, once. Run again the same day, it adds nothing.
 */
@Service
@EnableConfigurationProperties(QuarterProperties.class)
public class QuarterCycle {
    private static final String HOLDER = " JOIN cadre c ON c.id = %1$s.cadre_id LEFT JOIN member_ref m ON m.member_id = c.member_id";
    private static final String PERSON = "COALESCE(m.gender, c.gender), COALESCE(m.birth_date, c.birth_date),"
            + " COALESCE(m.education, c.education)";
    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final QuarterProperties properties;
    private final Clock clock;

    QuarterCycle(JdbcClient jdbc, EventOutbox outbox, QuarterProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did. */
    public record Ran(LocalDate day, Quarter quarter, int opened, int reminded, List<String> snapshots) {
    }

    @Transactional
    public Ran run(LocalDate day) {
        Quarter quarter = Quarter.of(day);
        int opened = open(quarter);
        int reminded = remindOverdue(day);
        List<String> taken = jdbc.sql("SELECT DISTINCT t.quarter FROM quarter_task t WHERE t.due_on < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM quarter_snapshot s WHERE s.quarter = t.quarter) ORDER BY t.quarter")
                .param(Date.valueOf(day)).query(String.class).list();
        taken.forEach(q -> snapshot(Quarter.parse(q).orElseThrow()));
        return new Ran(day, quarter, opened, reminded, taken);
    }

    private int open(Quarter quarter) {
        return jdbc.sql("INSERT IGNORE INTO quarter_task (quarter, org_id, org_path, due_on, created_at)"
                        + " SELECT :quarter, o.org_id, o.path, :due, :now FROM org_ref o WHERE o.status = 'ACTIVE'"
                        + " AND EXISTS (SELECT 1 FROM appointment a WHERE a.org_id = o.org_id AND a.ends_on IS NULL)")
                .param("quarter", quarter.toString()).param("due", Date.valueOf(properties.dueOn(quarter)))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private int remindOverdue(LocalDate day) {
        List<CadreQuarterOverdue> overdue = jdbc.sql("SELECT org_id, org_path, quarter, due_on FROM quarter_task"
                        + " WHERE confirmed_on IS NULL AND due_on < :day AND (reminded_on IS NULL OR reminded_on <= :again)"
                        + " ORDER BY id")
                .param("day", Date.valueOf(day)).param("again", Date.valueOf(day.minusDays(properties.remindEveryDays())))
                .query((rs, i) -> new CadreQuarterOverdue(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Quarter.parse(rs.getString(3)).map(Quarter::label).orElse(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
        if (overdue.isEmpty()) {
            return 0;
        }
        outbox.addAll(overdue);
        jdbc.sql("UPDATE quarter_task SET reminded_on = :day WHERE confirmed_on IS NULL AND due_on < :day"
                        + " AND (reminded_on IS NULL OR reminded_on <= :again)")
                .param("day", Date.valueOf(day)).param("again", Date.valueOf(day.minusDays(properties.remindEveryDays())))
                .update();
        return overdue.size();
    }

    /** The posts held and the reserve entries on the quarter's last day, with their holders' details now. */
    private void snapshot(Quarter quarter) {
        LocalDate last = quarter.lastDay();
        int posts = jdbc.sql("INSERT INTO quarter_holding (quarter, kind, cadre_id, org_id, org_path, position, starts_on,"
                        + " gender, birth_date, education) SELECT :quarter, 'POST', a.cadre_id, a.org_id, a.org_path,"
                        + " a.position, a.starts_on, " + PERSON + " FROM appointment a" + HOLDER.formatted("a")
                        + " WHERE a.starts_on <= :last AND (a.ends_on IS NULL OR a.ends_on > :last)")
                .param("quarter", quarter.toString()).param("last", Date.valueOf(last)).update();
        int reserves = jdbc.sql("INSERT INTO quarter_holding (quarter, kind, cadre_id, org_id, org_path, position,"
                        + " starts_on, gender, birth_date, education) SELECT :quarter, 'RESERVE', r.cadre_id, r.org_id,"
                        + " r.org_path, r.position, r.since, " + PERSON + " FROM reserve r" + HOLDER.formatted("r")
                        + " WHERE r.since <= :last AND (r.until IS NULL OR r.until > :last)")
                .param("quarter", quarter.toString()).param("last", Date.valueOf(last)).update();
        jdbc.sql("INSERT INTO quarter_snapshot (quarter, taken_at, posts, reserves) VALUES (?, ?, ?, ?)")
                .params(quarter.toString(), Timestamp.from(clock.instant()), posts, reserves).update();
    }
}
