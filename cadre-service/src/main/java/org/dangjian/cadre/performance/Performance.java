package org.dangjian.cadre.performance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.cadre.quarter.Quarter;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cadre's performance of duty per quarter, grade per year, and rewards and sanctions. Each is reached through the
 * cadre, whose record is looked up in the caller's scope first (a cadre elsewhere is not found). A quarter's summary
 * and a year's grade are written again in place (one each); rewards and sanctions add up.
 */
@Service
public class Performance {
    static final String BAD_QUARTER = "CADRE_QUARTER_INVALID";
    static final String QUARTER_AHEAD = "CADRE_QUARTER_NOT_STARTED";
    static final String YEAR_AHEAD = "CADRE_YEAR_INVALID";
    static final String IN_FUTURE = "CADRE_DATE_IN_FUTURE";
    private static final int FIRST_YEAR = 1980;
    private final CadreRecords cadres;
    private final JdbcClient jdbc;
    private final Clock clock;

    Performance(CadreRecords cadres, JdbcClient jdbc, Clock clock) {
        this.cadres = cadres;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    PerformanceView recordDuty(long cadreId, String quarterText, DutyRequest request, CurrentUser by) {
        cadres.person(cadreId);
        Quarter quarter = Quarter.parse(quarterText).orElseThrow(() -> ApiException.invalidField("quarter", BAD_QUARTER));
        if (quarter.firstDay().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalidField("quarter", QUARTER_AHEAD);
        }
        jdbc.sql("INSERT INTO duty_record (cadre_id, quarter, summary, key_tasks, outcome, updated_by, updated_at)"
                        + " VALUES (:cadre, :quarter, :summary, :tasks, :outcome, :by, :now) ON DUPLICATE KEY UPDATE"
                        + " summary = VALUES(summary), key_tasks = VALUES(key_tasks), outcome = VALUES(outcome),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
                .param("cadre", cadreId).param("quarter", quarter.toString()).param("summary", request.summary().strip())
                .param("tasks", blankless(request.keyTasks())).param("outcome", blankless(request.outcome()))
                .param("by", by.accountId()).param("now", Timestamp.from(clock.instant()))
                .update();
        return view(cadreId);
    }

    @Transactional
    PerformanceView assess(long cadreId, int year, AssessmentRequest request, CurrentUser by) {
        cadres.person(cadreId);
        if (year < FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
            throw ApiException.invalidField("year", YEAR_AHEAD);
        }
        jdbc.sql("INSERT INTO assessment (cadre_id, year, grade, note, updated_by, updated_at) VALUES (:cadre, :year,"
                        + " :grade, :note, :by, :now) ON DUPLICATE KEY UPDATE grade = VALUES(grade), note = VALUES(note),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
                .param("cadre", cadreId).param("year", year).param("grade", request.grade().name())
                .param("note", blankless(request.note())).param("by", by.accountId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return view(cadreId);
    }

    @Transactional
    PerformanceView reward(long cadreId, RewardRequest request, CurrentUser by) {
        cadres.person(cadreId);
        if (request.decidedOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalidField("decidedOn", IN_FUTURE);
        }
        jdbc.sql("INSERT INTO reward_sanction (cadre_id, kind, title, decided_by, decided_on, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(cadreId, request.kind().name(), request.title().strip(), request.decidedBy().strip(),
                        Date.valueOf(request.decidedOn()), by.accountId(), Timestamp.from(clock.instant()))
                .update();
        return view(cadreId);
    }

    /** The cadre's record of performance, for the caller whose scope holds the cadre. */
    public PerformanceView of(long cadreId) {
        cadres.person(cadreId);
        return view(cadreId);
    }

    private PerformanceView view(long cadreId) {
        return new PerformanceView(
                jdbc.sql("SELECT quarter, summary, key_tasks, outcome FROM duty_record WHERE cadre_id = ? ORDER BY quarter DESC")
                        .param(cadreId)
                        .query((rs, i) -> new PerformanceView.Duty(rs.getString(1),
                                Quarter.parse(rs.getString(1)).map(Quarter::label).orElse(rs.getString(1)),
                                rs.getString(2), rs.getString(3), rs.getString(4)))
                        .list(),
                jdbc.sql("SELECT year, grade, note FROM assessment WHERE cadre_id = ? ORDER BY year DESC").param(cadreId)
                        .query((rs, i) -> new PerformanceView.Assessment(rs.getInt(1), Grade.valueOf(rs.getString(2)),
                                rs.getString(3)))
                        .list(),
                jdbc.sql("SELECT id, kind, title, decided_by, decided_on FROM reward_sanction WHERE cadre_id = ?"
                                + " ORDER BY decided_on DESC, id DESC").param(cadreId)
                        .query((rs, i) -> new PerformanceView.Reward(rs.getLong(1), RewardKind.valueOf(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)))
                        .list());
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
