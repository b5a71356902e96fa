package org.dangjian.learning.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.learning.LearningExamPassed;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Online exams as takers meet them: a paper of their own, the server's clock, the key only after submitting, and
 * development exams' passes announced for recruitment's gate.
 */
class ExamTest extends LearningApiTest {

    @Test
    void a_question_whose_key_does_not_fit_its_kind_is_refused_naming_the_field() {
        assertThat(post(town1Admin, "/api/learning/questions", question("SINGLE", List.of("甲", "乙", "丙"), List.of(0, 1))))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("correct");
        assertThat(post(town1Admin, "/api/learning/questions", question("MULTIPLE", List.of("甲"), List.of(0))))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("options");
        assertThat(post(town1Admin, "/api/learning/questions", question("SINGLE", List.of("甲", "乙"), List.of(2))))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("correct");
        assertThat(post(town1Admin, "/api/learning/questions", Map.of("kind", "FILL", "stem", "党的根本宗旨是____。",
                "difficulty", 1))).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("accepted");
        JsonNode trueFalse = ok(post(town1Admin, "/api/learning/questions", Map.of("kind", "TRUE_FALSE",
                "stem", "预备期从支部大会通过之日算起。", "correct", List.of(0), "difficulty", 1)));
        assertThat(trueFalse.get("options").valueStream().map(JsonNode::asString)).containsExactly("正确", "错误");
    }

    @Test
    void a_taker_gets_options_in_an_order_of_their_own_and_no_key_before_submitting() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(singleChoice(town1Admin, "第" + i + "题", "党章"));
        }
        String exam = published(town1Admin, Map.of("title", "党章知识测试", "kind", "GENERAL", "durationMinutes", 30,
                "passScore", 60, "maxAttempts", 3, "questionIds", ids));
        List<List<String>> orders = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            String member = memberToken(announceMember(branchA, "考生" + m), branchA);
            JsonNode attempt = ok(post(member, "/api/learning/exams/" + exam + "/attempts", null));
            assertThat(attempt.toString()).doesNotContain("\"correct\"").doesNotContain("\"accepted\"")
                    .doesNotContain("\"right\"");
            assertThat(attempt.get("secondsLeft").asLong()).as("timed from the start by the server").isBetween(30 * 60 - 10L, 30 * 60L);
            JsonNode again = ok(post(member, "/api/learning/exams/" + exam + "/attempts", null));
            assertThat(again.get("id").asString()).as("a second tap resumes the attempt").isEqualTo(attempt.get("id").asString());
            attempt.get("questions").forEach(q -> orders.add(q.get("options").valueStream().map(JsonNode::asString).toList()));
        }
        assertThat(orders).allSatisfy(o -> assertThat(o).containsExactlyInAnyOrder("对的", "错一", "错二", "错三"));
        assertThat(orders).as("twelve questions shown, not all in the author's order")
                .anyMatch(o -> !o.equals(List.of("对的", "错一", "错二", "错三")));
    }

    @Test
    void answers_after_the_deadline_are_refused_and_the_attempt_counts_what_was_saved() {
        String q1 = singleChoice(town1Admin, "一", "党史");
        String q2 = singleChoice(town1Admin, "二", "党史");
        String exam = published(town1Admin, Map.of("title", "党史测试", "kind", "GENERAL", "durationMinutes", 10,
                "passScore", 60, "maxAttempts", 2, "questionIds", List.of(q1, q2)));
        String member = memberToken(announceMember(branchA, "限时"), branchA);
        JsonNode attempt = ok(post(member, "/api/learning/exams/" + exam + "/attempts", null));
        String id = attempt.get("id").asString();
        ok(put(member, "/api/learning/attempts/" + id + "/answers", Map.of("answers", List.of(rightAnswer(attempt, q1)))));

        steps.advance(Duration.ofMinutes(10).plusSeconds(6));
        assertThat(put(member, "/api/learning/attempts/" + id + "/answers", Map.of("answers", List.of(rightAnswer(attempt, q2)))))
                .hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("时间已到");
        assertThat(post(member, "/api/learning/attempts/" + id + "/submit", Map.of("answers", List.of(rightAnswer(attempt, q2)))))
                .hasStatus(409);
        JsonNode graded = ok(get(member, "/api/learning/attempts/" + id));
        assertThat(graded.get("autoSubmitted").asBoolean()).isTrue();
        assertThat(graded.get("score").decimalValue()).as("one of two right, as saved before the deadline")
                .isEqualByComparingTo("50.0");
        assertThat(graded.get("passed").asBoolean()).isFalse();
        assertThat(graded.get("questions").get(0).has("correct")).as("the key, once submitted").isTrue();
    }

    @Test
    void an_attempt_abandoned_at_its_deadline_is_submitted_by_the_server() {
        String q = singleChoice(town1Admin, "弃考", "党纪");
        String exam = published(town1Admin, Map.of("title", "党纪测试", "kind", "GENERAL", "durationMinutes", 5,
                "passScore", 60, "maxAttempts", 1, "questionIds", List.of(q)));
        String member = memberToken(announceMember(branchA, "弃考者"), branchA);
        JsonNode attempt = ok(post(member, "/api/learning/exams/" + exam + "/attempts", null));
        ok(put(member, "/api/learning/attempts/" + attempt.get("id").asString() + "/answers",
                Map.of("answers", List.of(rightAnswer(attempt, q)))));
        steps.advance(Duration.ofMinutes(6));
        awaitEffect(() -> count("SELECT COUNT(*) FROM exam_attempt WHERE id = ? AND submitted_at IS NOT NULL",
                attempt.get("id").asLong()) == 1);
        JsonNode mine = myExam(member, exam);
        assertThat(mine.get("passed").asBoolean()).isTrue();
        assertThat(mine.get("bestScore").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(mine.has("openAttemptId")).isFalse();
        assertThat(post(member, "/api/learning/exams/" + exam + "/attempts", null)).hasStatus(409);
    }

    @Test
    void a_taker_has_only_the_attempts_the_exam_allows() {
        String q = singleChoice(town1Admin, "限次", "党章");
        String exam = published(town1Admin, Map.of("title", "限次测试", "kind", "GENERAL", "durationMinutes", 5,
                "passScore", 60, "maxAttempts", 2, "questionIds", List.of(q)));
        String member = memberToken(announceMember(branchA, "补考"), branchA);
        for (int i = 0; i < 2; i++) {
            JsonNode attempt = ok(post(member, "/api/learning/exams/" + exam + "/attempts", null));
            JsonNode graded = ok(post(member, "/api/learning/attempts/" + attempt.get("id").asString() + "/submit",
                    Map.of("answers", List.of())));
            assertThat(graded.get("score").decimalValue()).isEqualByComparingTo("0.0");
        }
        assertThat(post(member, "/api/learning/exams/" + exam + "/attempts", null)).hasStatus(409)
                .bodyJson().extractingPath("$.detail").asString().contains("2次");
    }

    @Test
    void an_applicant_passing_the_activists_exam_is_announced_for_the_recruitment_gate() {
        String q1 = singleChoice(cityAdmin, "积极分子一", "入党基础");
        String q2 = singleChoice(cityAdmin, "积极分子二", "入党基础");
        String exam = published(cityAdmin, Map.of("title", "入党积极分子统一考试", "kind", "ACTIVIST", "durationMinutes", 60,
                "passScore", 60, "maxAttempts", 3, "questionIds", List.of(q1, q2)));
        long caseId = nextId();
        String applicant = TestTokens.applicant(nextId(), caseId, branchB, pathOf(branchB));
        String member = memberToken(announceMember(branchB, "党员"), branchB);
        assertThat(ok(get(member, "/api/learning/my/exams")).valueStream().map(e -> e.get("id").asString()))
                .as("a member does not sit the activists' exam").doesNotContain(exam);
        assertThat(post(member, "/api/learning/exams/" + exam + "/attempts", null)).hasStatus(404);
        assertThat(get(branchBAdmin, "/api/learning/my/exams")).hasStatus(403);

        JsonNode attempt = ok(post(applicant, "/api/learning/exams/" + exam + "/attempts", null));
        JsonNode graded = ok(post(applicant, "/api/learning/attempts/" + attempt.get("id").asString() + "/submit",
                Map.of("answers", List.of(rightAnswer(attempt, q1), rightAnswer(attempt, q2)))));
        assertThat(graded.get("passed").asBoolean()).isTrue();
        assertThat(graded.get("questions").valueStream().map(q -> q.get("right").asBoolean())).containsOnly(true);
        assertThat(outboxCount(LearningExamPassed.TYPE, caseId)).isEqualTo(1);
        assertThat(post(applicant, "/api/learning/attempts/" + attempt.get("id").asString() + "/submit",
                Map.of("answers", List.of()))).hasStatus(409);
        assertThat(outboxCount(LearningExamPassed.TYPE, caseId)).as("announced once").isEqualTo(1);
        assertThat(get(member, "/api/learning/attempts/" + attempt.get("id").asString())).as("another's attempt")
                .hasStatus(404);
    }

    @Test
    void a_drawn_paper_takes_its_counts_per_tag_and_is_not_published_while_the_bank_is_short() {
        String tag = "廉政" + nextId();
        singleChoice(town2Admin, "廉政一", tag);
        String exam = ok(post(town2Admin, "/api/learning/exams", Map.of("title", "廉政测试", "kind", "GENERAL",
                "durationMinutes", 20, "passScore", 80, "maxAttempts", 1, "draws",
                List.of(Map.of("tag", tag, "count", 2))))).get("id").asString();
        assertThat(post(town2Admin, "/api/learning/exams/" + exam + "/publish", null)).hasStatus(409);
        singleChoice(town2Admin, "廉政二", tag);
        singleChoice(town2Admin, "廉政三", tag);
        singleChoice(town2Admin, "无关", "其他" + tag);
        ok(post(town2Admin, "/api/learning/exams/" + exam + "/publish", null));
        String member = memberToken(announceMember(branchC, "抽题"), branchC);
        JsonNode attempt = ok(post(member, "/api/learning/exams/" + exam + "/attempts", null));
        assertThat(attempt.get("questions").valueStream().map(q -> q.get("stem").asString()))
                .hasSize(2).doesNotHaveDuplicates().allMatch(s -> s.startsWith("廉政"));
        assertThat(post(town2Admin, "/api/learning/exams", Map.of("title", "两样都填", "kind", "GENERAL", "durationMinutes", 20,
                "passScore", 80, "maxAttempts", 1, "questionIds", List.of(nextId()), "draws", List.of(Map.of("count", 1)))))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("questionIds");
        assertThat(post(town1Admin, "/api/learning/exams/" + exam + "/publish", null)).as("another town's exam")
                .hasStatus(404);
    }

    private Map<String, Object> question(String kind, List<String> options, List<Integer> correct) {
        return Map.of("kind", kind, "stem", "测试题", "options", options, "correct", correct, "difficulty", 2);
    }

    /** A single choice question whose right option is 对的 (written first). */
    private String singleChoice(String admin, String stem, String tag) {
        return ok(post(admin, "/api/learning/questions", Map.of("kind", "SINGLE", "stem", stem,
                "options", List.of("对的", "错一", "错二", "错三"), "correct", List.of(0), "tags", List.of(tag),
                "difficulty", 2))).get("id").asString();
    }

    private String published(String admin, Map<String, Object> exam) {
        String id = ok(post(admin, "/api/learning/exams", exam)).get("id").asString();
        return ok(post(admin, "/api/learning/exams/" + id + "/publish", null)).get("id").asString();
    }

    /** The answer choosing 对的 wherever this paper shows it. */
    private static Map<String, Object> rightAnswer(JsonNode attempt, String questionId) {
        for (JsonNode q : attempt.get("questions")) {
            if (q.get("questionId").asString().equals(questionId)) {
                List<String> options = q.get("options").valueStream().map(JsonNode::asString).toList();
                Map<String, Object> answer = new HashMap<>();
                answer.put("questionId", questionId);
                answer.put("choices", List.of(options.indexOf("对的")));
                return answer;
            }
        }
        throw new AssertionError("question " + questionId + " is not on the paper");
    }

    private JsonNode myExam(String taker, String exam) {
        return ok(get(taker, "/api/learning/my/exams")).valueStream().filter(e -> e.get("id").asString().equals(exam))
                .findFirst().orElseThrow();
    }
}
