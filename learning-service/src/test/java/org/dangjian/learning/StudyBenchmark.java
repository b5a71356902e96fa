package org.dangjian.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Two of issue 20's figures, through the HTTP layer (security, JSON) with MockMvc, one call after another; prints
 * the latency percentiles and asserts only what the answers hold, never a time. A member's course list with
 * progress: the city's six courses of 150 lessons (the case study's 150 class hours), the member part-way through
 * half of them. Grading: the submission of a 100-question paper (marking every answer, storing the attempt, the
 * pass event). Run:
 * {@code ./mvnw -B -o test -pl learning-service -Dtest=StudyBenchmark -Ddj.bench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "dj.bench", matches = "true")
@TestPropertySource(properties = "logging.level.root=WARN")
class StudyBenchmark extends LearningApiTest {
    private static final int COURSES = 6;
    private static final int CHAPTERS = 5;
    private static final int LESSONS_PER_CHAPTER = 5;
    private static final int LISTS_WARM_UP = 300;
    private static final int LISTS = 2_000;
    private static final int QUESTIONS = 100;
    private static final int PAPERS_WARM_UP = 20;
    private static final int PAPERS = 100;

    @Test
    void aMembersCourseListWithProgress() {
        List<Long> lessons = new ArrayList<>();
        Map<Long, Long> courseOf = new HashMap<>();
        for (int c = 0; c < COURSES; c++) {
            List<Map<String, Object>> chapters = new ArrayList<>();
            for (int ch = 0; ch < CHAPTERS; ch++) {
                List<Map<String, Object>> ls = new ArrayList<>();
                for (int l = 0; l < LESSONS_PER_CHAPTER; l++) {
                    ls.add(Map.of("title", "第" + (l + 1) + "课", "kind", "ARTICLE", "durationSeconds", 1800, "classHours", 1));
                }
                chapters.add(Map.of("title", "第" + (ch + 1) + "讲", "releaseOn", today().toString(), "lessons", ls));
            }
            JsonNode course = ok(post(cityAdmin, "/api/learning/courses", Map.of("title", "市级课程" + c, "chapters", chapters)));
            ok(post(cityAdmin, "/api/learning/courses/" + course.get("id").asString() + "/publish", null));
            course.get("chapters").forEach(ch -> ch.get("lessons").forEach(l -> {
                lessons.add(l.get("id").asLong());
                courseOf.put(l.get("id").asLong(), course.get("id").asLong());
            }));
        }
        long member = announceMember(branchA, "学习中的党员");
        List<Object[]> progress = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < lessons.size(); i += 2) {
            long lesson = lessons.get(i);
            progress.add(new Object[] {member, lesson, courseOf.get(lesson), 900, 900_000L, 1L, i % 4 == 0 ? now : null, now});
        }
        jdbc.batchUpdate("INSERT INTO lesson_progress (member_id, lesson_id, course_id, position_seconds, credited_ms,"
                + " last_seq, completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", progress);
        String token = memberToken(member, branchA);

        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        long started = 0;
        int listed = 0;
        for (int i = 0; i < LISTS_WARM_UP + LISTS; i++) {
            if (i == LISTS_WARM_UP) {
                latency.reset();
                started = System.nanoTime();
            }
            long began = System.nanoTime();
            JsonNode courses = ok(get(token, "/api/learning/my/courses"));
            latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began));
            listed = courses.size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n[bench] a member's course list with progress (%d courses, %d lessons, %d studied; MockMvc, one"
                        + " thread): %.0f lists/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", COURSES, lessons.size(),
                progress.size(), LISTS / seconds, latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(95) / 1000.0, latency.getValueAtPercentile(99) / 1000.0);
        assertThat(listed).isGreaterThanOrEqualTo(COURSES);
    }

    @Test
    void gradingAHundredQuestionPaper() {
        List<String> ids = new ArrayList<>();
        for (int q = 0; q < QUESTIONS; q++) {
            ids.add(ok(post(town1Admin, "/api/learning/questions", Map.of("kind", "SINGLE", "stem", "第" + q + "题",
                    "options", List.of("对的", "错一", "错二", "错三"), "correct", List.of(0), "difficulty", 2)))
                    .get("id").asString());
        }
        String exam = ok(post(town1Admin, "/api/learning/exams", Map.of("title", "百题测试", "kind", "GENERAL",
                "durationMinutes", 90, "passScore", 60, "maxAttempts", 1, "questionIds", ids))).get("id").asString();
        ok(post(town1Admin, "/api/learning/exams/" + exam + "/publish", null));

        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        int passed = 0;
        for (int i = 0; i < PAPERS_WARM_UP + PAPERS; i++) {
            if (i == PAPERS_WARM_UP) {
                latency.reset();
                passed = 0;
            }
            String taker = memberToken(announceMember(branchA, "考生" + i), branchA);
            JsonNode attempt = ok(post(taker, "/api/learning/exams/" + exam + "/attempts", null));
            List<Map<String, Object>> answers = new ArrayList<>();
            attempt.get("questions").forEach(q -> answers.add(Map.of("questionId", q.get("questionId").asString(),
                    "choices", List.of(q.get("options").valueStream().map(JsonNode::asString).toList().indexOf("对的")))));
            long began = System.nanoTime();
            JsonNode graded = ok(post(taker, "/api/learning/attempts/" + attempt.get("id").asString() + "/submit",
                    Map.of("answers", answers)));
            latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began));
            passed += graded.get("passed").asBoolean() ? 1 : 0;
        }
        System.out.printf("%n[bench] submitting a %d-question paper (marking, storing the attempt, the result; MockMvc,"
                        + " one thread, %d papers): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", QUESTIONS, PAPERS,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0);
        assertThat(passed).as("every paper all right").isEqualTo(PAPERS);
    }
}
