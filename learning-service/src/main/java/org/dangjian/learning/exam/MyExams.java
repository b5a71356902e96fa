package org.dangjian.learning.exam;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The exams a member or an applicant may take, with their attempts counted: two queries. */
@Service
class MyExams {
    private final Attempts attempts;
    private final JdbcClient jdbc;

    MyExams(Attempts attempts, JdbcClient jdbc) {
        this.attempts = attempts;
        this.jdbc = jdbc;
    }

    private record Standing(int attempts, BigDecimal best, boolean passed, Long open) {
    }

    List<MyExamView> list(Taker taker) {
        List<Attempts.ExamFacts> exams = attempts.visibleTo(taker);
        if (exams.isEmpty()) {
            return List.of();
        }
        Map<Long, Standing> standing = new HashMap<>();
        jdbc.sql("SELECT exam_id, COUNT(*) made, MAX(score) best, MAX(passed) passed,"
                        + " MAX(CASE WHEN submitted_at IS NULL THEN id END) open FROM exam_attempt"
                        + " WHERE taker = :taker AND exam_id IN (:exams) GROUP BY exam_id")
                .param("taker", taker.key()).param("exams", exams.stream().map(Attempts.ExamFacts::id).toList())
                .query((rs, i) -> standing.put(rs.getLong("exam_id"), new Standing(rs.getInt("made"),
                        rs.getBigDecimal("best"), rs.getBoolean("passed"), rs.getObject("open", Long.class))))
                .list();
        return exams.stream().map(e -> {
            Standing s = standing.getOrDefault(e.id(), new Standing(0, null, false, null));
            return new MyExamView(e.id(), e.title(), e.kind(), e.durationMinutes(), e.paper().size(), e.passScore(),
                    e.maxAttempts(), s.attempts(), s.best(), s.passed(), s.open());
        }).toList();
    }
}
