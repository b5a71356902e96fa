package org.dangjian.learning.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.learning.course.CourseReader;
import org.dangjian.learning.course.PlayableLesson;
import org.dangjian.learning.hours.ClassHourLedger;
import org.dangjian.learning.hours.Earned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learners' progress in MySQL ({@code lesson_progress}). The flush applies buffered heartbeats here a batch at a
 * time: three reads and one batched write whatever the batch holds, each heartbeat at most once (a row remembers the
 * last seq applied, so a batch applied again after a crash changes nothing), and a lesson that reaches
 * {@value #COMPLETE_PERCENT} % played completes in the same transaction, its class hours written to the ledger and
 * announced.
 */
@Component
class ProgressBook {
    static final int COMPLETE_PERCENT = 90;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressBook.class);
    private static final String COLUMNS =
            "member_id, lesson_id, course_id, position_seconds, credited_ms, last_seq, completed_at";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CourseReader courses;
    private final ClassHourLedger ledger;
    private final Clock clock;

    ProgressBook(JdbcClient jdbc, JdbcTemplate batch, CourseReader courses, ClassHourLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.courses = courses;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    void apply(List<Accepted> heartbeats) {
        Map<Long, PlayableLesson> lessons =
                courses.lessons(heartbeats.stream().map(Accepted::lessonId).collect(Collectors.toSet()));
        Map<String, ProgressRow> rows = rows(heartbeats);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<String, ProgressRow> changed = new LinkedHashMap<>();
        List<Earned> earned = new ArrayList<>();
        for (Accepted a : heartbeats) {
            PlayableLesson lesson = lessons.get(a.lessonId());
            if (lesson == null) {
                LOG.warn("heartbeat of member {} for lesson {}, which no longer exists: dropped", a.memberId(), a.lessonId());
                continue;
            }
            String key = key(a.memberId(), a.lessonId());
            ProgressRow row = rows.getOrDefault(key, ProgressRow.none(a.memberId(), a.lessonId(), lesson.courseId()));
            if (a.seq() <= row.lastSeq()) {
                continue;
            }
            long durationMs = lesson.durationSeconds() * 1000L;
            row = row.with(a, durationMs);
            if (row.completedAt() == null && row.creditedMs() * 100 >= durationMs * COMPLETE_PERCENT) {
                row = row.completed(now);
                earned.add(new Earned(a.memberId(), lesson.classHours(), "lesson:" + lesson.lessonId(), lesson.title(),
                        today));
            }
            rows.put(key, row);
            changed.put(key, row);
        }
        write(changed.values(), now);
        ledger.record(earned);
    }

    /** The learner's row for a lesson, if they ever played it. */
    java.util.Optional<ProgressRow> row(long memberId, long lessonId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lesson_progress WHERE member_id = ? AND lesson_id = ?")
                .params(memberId, lessonId).query((rs, i) -> row(rs)).optional();
    }

    /** The learner's rows for the lessons of some courses, by lesson id. */
    Map<Long, ProgressRow> rows(long memberId, Collection<Long> courseIds) {
        Map<Long, ProgressRow> found = new LinkedHashMap<>();
        if (!courseIds.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM lesson_progress WHERE member_id = :member AND course_id IN (:courses)")
                    .param("member", memberId).param("courses", courseIds).query((rs, i) -> row(rs)).list()
                    .forEach(r -> found.put(r.lessonId(), r));
        }
        return found;
    }

    private Map<String, ProgressRow> rows(List<Accepted> heartbeats) {
        List<long[]> pairs = heartbeats.stream().map(a -> new long[] {a.memberId(), a.lessonId()})
                .collect(Collectors.toMap(p -> key(p[0], p[1]), p -> p, (x, y) -> x, LinkedHashMap::new))
                .values().stream().toList();
        String placeholders = pairs.stream().map(p -> "(?, ?)").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>();
        pairs.forEach(p -> {
            params.add(p[0]);
            params.add(p[1]);
        });
        Map<String, ProgressRow> found = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM lesson_progress WHERE (member_id, lesson_id) IN (" + placeholders + ")")
                .params(params).query((rs, i) -> row(rs)).list()
                .forEach(r -> found.put(key(r.memberId(), r.lessonId()), r));
        return found;
    }

    private void write(Collection<ProgressRow> rows, Instant now) {
        batch.batchUpdate("INSERT INTO lesson_progress (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE position_seconds = VALUES(position_seconds),"
                        + " credited_ms = VALUES(credited_ms), last_seq = VALUES(last_seq),"
                        + " completed_at = VALUES(completed_at), updated_at = VALUES(updated_at)",
                rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, r.memberId());
                    ps.setLong(2, r.lessonId());
                    ps.setLong(3, r.courseId());
                    ps.setInt(4, r.position());
                    ps.setLong(5, r.creditedMs());
                    ps.setLong(6, r.lastSeq());
                    ps.setTimestamp(7, r.completedAt() == null ? null : Timestamp.from(r.completedAt()));
                    ps.setTimestamp(8, Timestamp.from(now));
                });
    }

    private static ProgressRow row(ResultSet rs) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new ProgressRow(rs.getLong("member_id"), rs.getLong("lesson_id"), rs.getLong("course_id"),
                rs.getInt("position_seconds"), rs.getLong("credited_ms"), rs.getLong("last_seq"),
                completed == null ? null : completed.toInstant());
    }

    private static String key(long memberId, long lessonId) {
        return memberId + ":" + lessonId;
    }
}
