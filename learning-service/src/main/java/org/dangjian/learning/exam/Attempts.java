package org.dangjian.learning.exam;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.dangjian.contracts.learning.LearningExamPassed;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.course.CourseReader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sittings of exams, timed by the server: the deadline is set when the attempt starts; answers are saved until it
 * (plus a few seconds for the last save on a slow network) and refused after; an attempt not submitted by then is
 * submitted with the answers saved, by the taker's next call or by {@link AttemptSweep}. Each attempt gets its own
 * paper (drawn when the exam draws) and its own order of options; the key never leaves the server before the
 * attempt is submitted. A development exam passed is announced ({@code learning.exam-passed}) in the transaction
 * that graded it, once: the grade is written only while the attempt is still open.
 */
@Service
class Attempts {
    static final Duration GRACE = Duration.ofSeconds(5);
    static final String NOT_FOUND = "LEARNING_ATTEMPT_NOT_FOUND";
    private static final TypeReference<List<Shown>> PAPER = new TypeReference<>() {
    };
    private static final TypeReference<Map<Long, Given>> ANSWERS = new TypeReference<>() {
    };
    private static final String ROW = "SELECT id, exam_id, taker, member_id, applicant_id, seq, paper, answers, started_at,"
            + " deadline, submitted_at, auto_submitted, score, passed FROM exam_attempt";
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final QuestionBank bank;
    private final Exams exams;
    private final EventOutbox outbox;
    private final Clock clock;

    Attempts(JdbcClient jdbc, JsonMapper json, QuestionBank bank, Exams exams, EventOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.bank = bank;
        this.exams = exams;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A question as this paper shows it: {@code order} holds the author's option indices in the order shown. */
    record Shown(long q, List<Integer> order) {
    }

    /** An answer as saved: choices as shown, or a fill-in's text. */
    record Given(List<Integer> choices, String text) {
    }

    record Row(long id, long examId, String taker, Long memberId, Long applicantId, int seq, List<Shown> paper,
               Map<Long, Given> answers, Instant startedAt, Instant deadline, Instant submittedAt,
               boolean autoSubmitted, BigDecimal score, Boolean passed) {
        boolean open() {
            return submittedAt == null;
        }
    }

    /** What a taker's calls need of an exam, read without the administrators' scope. */
    record ExamFacts(long id, String orgPath, String title, ExamKind kind, int durationMinutes, BigDecimal passScore,
                     int maxAttempts, Paper paper) {
    }

    /**
     * The attempt in progress, or a new one when the exam allows another. Overdue attempts found on the way are
     * submitted and stay so even when no new attempt is allowed (no rollback for the refusal).
     */
    @Transactional(noRollbackFor = ApiException.class)
    AttemptView start(long examId, Taker taker) {
        ExamFacts exam = visible(examId, taker).orElseThrow(() -> ApiException.notFound(Exams.NOT_FOUND));
        List<Row> mine = jdbc.sql(ROW + " WHERE exam_id = ? AND taker = ? ORDER BY seq FOR UPDATE").params(examId, taker.key())
                .query(this::row).list();
        for (Row row : mine) {
            if (row.open() && !over(row)) {
                return view(row, exam);
            }
        }
        List<Row> graded = new ArrayList<>();
        for (Row row : mine) {
            graded.add(row.open() ? grade(row, exam, true).orElse(row) : row);
        }
        if (graded.stream().anyMatch(r -> Boolean.TRUE.equals(r.passed()))) {
            throw ApiException.conflict("LEARNING_EXAM_ALREADY_PASSED");
        }
        if (graded.size() >= exam.maxAttempts()) {
            throw ApiException.conflict("LEARNING_EXAM_NO_ATTEMPTS_LEFT", exam.maxAttempts());
        }
        List<Long> drawn = new ArrayList<>(exams.draw(exam.orgPath(), exam.paper()));
        if (!exam.paper().fixed()) {
            Collections.shuffle(drawn);
        }
        Map<Long, KeyedQuestion> questions = bank.byIds(drawn);
        List<Shown> paper = drawn.stream().map(questions::get).map(Attempts::shuffled).toList();
        Instant now = clock.instant();
        try {
            jdbc.sql("INSERT INTO exam_attempt (exam_id, taker, member_id, applicant_id, seq, paper, started_at, deadline)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(examId, taker.key(), taker.memberId(), taker.applicantId(), graded.size() + 1,
                            json.writeValueAsString(paper), Timestamp.from(now),
                            Timestamp.from(now.plus(Duration.ofMinutes(exam.durationMinutes()))))
                    .update();
        } catch (DuplicateKeyException startedTwice) {
            // a second device started the same attempt at the same moment: both answer with the one that was kept
        }
        // a locking read sees the attempt another transaction committed after this one's first read
        Row started = jdbc.sql(ROW + " WHERE exam_id = ? AND taker = ? AND seq = ? FOR UPDATE")
                .params(examId, taker.key(), graded.size() + 1).query(this::row).single();
        return view(started, exam);
    }

    /** The attempt; one past its deadline is submitted first, with the answers saved. */
    @Transactional
    AttemptView get(long attemptId, Taker taker) {
        Row row = own(attemptId, taker);
        ExamFacts exam = facts(row.examId()).orElseThrow();
        if (row.open() && over(row)) {
            return view(grade(row, exam, true).orElseThrow(), exam);
        }
        return view(row, exam);
    }

    @Transactional
    AttemptView save(long attemptId, AnswersRequest request, Taker taker) {
        Row row = writable(attemptId, taker);
        Map<Long, Given> answers = merged(row, request);
        jdbc.sql("UPDATE exam_attempt SET answers = ? WHERE id = ? AND submitted_at IS NULL")
                .params(json.writeValueAsString(answers), row.id()).update();
        return view(withAnswers(row, answers), facts(row.examId()).orElseThrow());
    }

    @Transactional
    AttemptView submit(long attemptId, AnswersRequest request, Taker taker) {
        Row row = writable(attemptId, taker);
        Row answered = withAnswers(row, merged(row, request));
        ExamFacts exam = facts(row.examId()).orElseThrow();
        return view(grade(answered, exam, false).orElseThrow(() -> ApiException.conflict("LEARNING_ATTEMPT_SUBMITTED")),
                exam);
    }

    /** Attempts past their deadline and not submitted, oldest first: the sweep submits them. */
    List<Long> overdue(int limit) {
        return jdbc.sql("SELECT id FROM exam_attempt WHERE submitted_at IS NULL AND deadline < ? ORDER BY deadline LIMIT ?")
                .params(Timestamp.from(clock.instant().minus(GRACE)), limit).query(Long.class).list();
    }

    /** Submits one overdue attempt with its saved answers; nothing when it was submitted meanwhile. */
    @Transactional
    void submitOverdue(long attemptId) {
        jdbc.sql(ROW + " WHERE id = ? FOR UPDATE").param(attemptId).query(this::row).optional().filter(Row::open)
                .ifPresent(row -> grade(row, facts(row.examId()).orElseThrow(), true));
    }

    /** Each published exam the taker may sit. */
    List<ExamFacts> visibleTo(Taker taker) {
        return jdbc.sql(EXAM + " WHERE status = 'PUBLISHED' AND org_path IN (:paths) AND kind IN (:kinds)"
                        + " ORDER BY published_at DESC, id DESC")
                .param("paths", CourseReader.ancestors(taker.orgPath()))
                .param("kinds", taker.kinds().stream().map(Enum::name).toList()).query(this::examFacts).list();
    }

    private static final String EXAM = "SELECT id, org_path, title, kind, duration_minutes, pass_score, max_attempts, paper"
            + " FROM exam";

    private Optional<ExamFacts> visible(long examId, Taker taker) {
        return jdbc.sql(EXAM + " WHERE id = :id AND status = 'PUBLISHED' AND org_path IN (:paths)").param("id", examId)
                .param("paths", CourseReader.ancestors(taker.orgPath())).query(this::examFacts).optional()
                .filter(e -> taker.kinds().contains(e.kind()));
    }

    private Optional<ExamFacts> facts(long examId) {
        return jdbc.sql(EXAM + " WHERE id = ?").param(examId).query(this::examFacts).optional();
    }

    /**
     * The taker's attempt, locked until the transaction ends: a save, a submission, a reading that grades and the
     * sweep take their turns on it, and each sees what the one before committed.
     */
    private Row own(long attemptId, Taker taker) {
        return jdbc.sql(ROW + " WHERE id = ? AND taker = ? FOR UPDATE").params(attemptId, taker.key()).query(this::row).optional()
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    private Row writable(long attemptId, Taker taker) {
        Row row = own(attemptId, taker);
        if (!row.open() && !row.autoSubmitted()) {
            throw ApiException.conflict("LEARNING_ATTEMPT_SUBMITTED");
        }
        // submitted at the deadline by the sweep, or about to be: the taker is told the time is up either way
        if (!row.open() || over(row)) {
            throw ApiException.conflict("LEARNING_ATTEMPT_OVER");
        }
        return row;
    }

    private boolean over(Row row) {
        return clock.instant().isAfter(row.deadline().plus(GRACE));
    }

    /** The saved answers with the request's over them, each checked against this paper. */
    private Map<Long, Given> merged(Row row, AnswersRequest request) {
        Map<Long, Integer> options = new HashMap<>();
        row.paper().forEach(s -> options.put(s.q(), s.order().size()));
        Map<Long, Given> answers = new LinkedHashMap<>(row.answers());
        for (AnswersRequest.Answer a : request.answers()) {
            Integer count = options.get(a.questionId());
            if (count == null) {
                throw ApiException.invalidField("answers", "LEARNING_ANSWER_NOT_ON_PAPER", a.questionId());
            }
            List<Integer> choices = a.choices() == null ? List.of() : List.copyOf(a.choices());
            if (choices.stream().anyMatch(c -> c >= count)) {
                throw ApiException.invalidField("answers", "LEARNING_ANSWER_NOT_AN_OPTION", a.questionId());
            }
            answers.put(a.questionId(), new Given(choices, a.text() == null ? null : a.text().strip()));
        }
        return answers;
    }

    /**
     * Marks the attempt and keeps the grade if it is still open (empty when another call graded it first); a
     * development exam passed is announced with it.
     */
    private Optional<Row> grade(Row row, ExamFacts exam, boolean atDeadline) {
        Map<Long, KeyedQuestion> questions = bank.byIds(row.paper().stream().map(Shown::q).toList());
        int right = 0;
        for (Shown shown : row.paper()) {
            Given given = row.answers().get(shown.q());
            if (given != null && Grading.right(questions.get(shown.q()), authors(shown, given.choices()), given.text())) {
                right++;
            }
        }
        BigDecimal score = Grading.score(right, row.paper().size());
        boolean passed = score.compareTo(exam.passScore()) >= 0;
        Instant submittedAt = atDeadline ? row.deadline() : clock.instant();
        int kept = jdbc.sql("UPDATE exam_attempt SET answers = ?, submitted_at = ?, auto_submitted = ?, score = ?, passed = ?"
                        + " WHERE id = ? AND submitted_at IS NULL")
                .params(json.writeValueAsString(row.answers()), Timestamp.from(submittedAt), atDeadline, score, passed,
                        row.id())
                .update();
        if (kept == 0) {
            return Optional.empty();
        }
        if (passed && exam.kind().gatesDevelopment()) {
            outbox.add(new LearningExamPassed(row.applicantId(), row.memberId(), exam.kind().name(), score,
                    LocalDate.ofInstant(submittedAt, clock.getZone())));
        }
        return Optional.of(new Row(row.id(), row.examId(), row.taker(), row.memberId(), row.applicantId(), row.seq(),
                row.paper(), row.answers(), row.startedAt(), row.deadline(), submittedAt, atDeadline, score, passed));
    }

    private AttemptView view(Row row, ExamFacts exam) {
        Map<Long, KeyedQuestion> questions = bank.byIds(row.paper().stream().map(Shown::q).toList());
        boolean marked = !row.open();
        List<AttemptView.Item> items = new ArrayList<>();
        for (Shown shown : row.paper()) {
            KeyedQuestion q = questions.get(shown.q());
            Given given = row.answers().get(shown.q());
            List<Integer> choices = given == null ? List.of() : given.choices();
            String text = given == null ? null : given.text();
            items.add(new AttemptView.Item(q.id(), q.kind(), q.stem(),
                    shown.order().stream().map(q.options()::get).toList(), choices, text,
                    marked ? Grading.right(q, authors(shown, choices), text) : null,
                    marked ? q.correct().stream().map(shown.order()::indexOf).sorted().toList() : null,
                    marked ? q.accepted() : null));
        }
        long left = row.open() ? Math.max(0, Duration.between(clock.instant(), row.deadline()).toSeconds()) : 0;
        return new AttemptView(row.id(), exam.id(), exam.title(), exam.kind(), row.seq(), row.startedAt(),
                row.deadline(), left, row.submittedAt(), row.autoSubmitted(), row.score(), exam.passScore(),
                row.passed(), items);
    }

    /** Choices as shown, as the author's indices. */
    private static List<Integer> authors(Shown shown, List<Integer> choices) {
        return choices == null ? List.of() : choices.stream().map(shown.order()::get).toList();
    }

    /** The question with its options in a new order (true/false keeps 正确 before 错误). */
    private static Shown shuffled(KeyedQuestion q) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
        if (q.kind() != QuestionKind.TRUE_FALSE) {
            Collections.shuffle(order, ThreadLocalRandom.current());
        }
        return new Shown(q.id(), order);
    }

    private static Row withAnswers(Row row, Map<Long, Given> answers) {
        return new Row(row.id(), row.examId(), row.taker(), row.memberId(), row.applicantId(), row.seq(), row.paper(),
                answers, row.startedAt(), row.deadline(), row.submittedAt(), row.autoSubmitted(), row.score(),
                row.passed());
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        String answers = rs.getString("answers");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Row(rs.getLong("id"), rs.getLong("exam_id"), rs.getString("taker"), rs.getObject("member_id", Long.class),
                rs.getObject("applicant_id", Long.class), rs.getInt("seq"), json.readValue(rs.getString("paper"), PAPER),
                answers == null ? Map.of() : json.readValue(answers, ANSWERS), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("deadline").toInstant(), submitted == null ? null : submitted.toInstant(),
                rs.getBoolean("auto_submitted"), rs.getBigDecimal("score"), rs.getObject("passed", Boolean.class));
    }

    private ExamFacts examFacts(ResultSet rs, int i) throws SQLException {
        return new ExamFacts(rs.getLong("id"), rs.getString("org_path"), rs.getString("title"),
                ExamKind.valueOf(rs.getString("kind")), rs.getInt("duration_minutes"), rs.getBigDecimal("pass_score"),
                rs.getInt("max_attempts"), bank.read(rs.getString("paper"), Paper.class));
    }
}
