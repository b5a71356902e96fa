package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The unified e-exam of member development through the gateway: the city fills its question bank (one by one and
 * from a workbook) and publishes
 * the activists' exam drawn from it; an applicant, signed in with the SMS-login account recruitment's case opened,
 * sits it on the server's clock (no key before submitting), passes, and recruitment-service keeps the pass for
 * the case's exam gate. A member of the same branch is not offered the applicants' exam.
 */
class ExamE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void anApplicantPassesTheActivistsExamAndRecruitmentKeepsThePassForTheCase() {
        TransferTree tree = new TransferTree(Platform.get());
        String tag = "入党基础" + tree.branchA;
        question(tree.city, Map.of("kind", "SINGLE", "stem", "中国共产党的最高理想和最终目标是什么？",
                "options", List.of("对：实现共产主义", "错：实现小康", "错：发展经济"), "correct", List.of(0), "tags", List.of(tag),
                "difficulty", 1));
        question(tree.city, Map.of("kind", "MULTIPLE", "stem", "入党积极分子应当做到哪些？",
                "options", List.of("对：学习党的理论", "对：参加党组织活动", "错：只在年底汇报"), "correct", List.of(0, 1),
                "tags", List.of(tag), "difficulty", 2));
        question(tree.city, Map.of("kind", "TRUE_FALSE", "stem", "入党申请人须年满十八岁。", "correct", List.of(0),
                "tags", List.of(tag), "difficulty", 1));
        // two more from the bank's workbook: a bad row refuses the whole file, naming the row and column
        List<String> header = List.of("题型", "题干", "答案", "选项A", "选项B", "标签");
        List<Object> single = List.of("单选题", "党员必须履行的义务包括", "A", "对：认真学习党的理论", "错：不参加组织生活", tag);
        List<Object> judge = List.of("判断题", "党员有权在党的会议上参加关于党的政策问题的讨论。", "正确", "", "", tag);
        List<Object> bad = List.of("判断题", "答案写错的判断题", "也许", "", "", tag);
        Api.Reply refused = tree.city.upload("/api/learning/questions/import", "题库.xlsx", Sheets.XLSX,
                Sheets.xlsx("试题", header, List.of(single, bad, judge)));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.body().get("rows").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(refused.body().get("rows").get(0).get("column").asString()).isEqualTo("答案");
        Api.Reply imported = tree.city.upload("/api/learning/questions/import", "题库.xlsx", Sheets.XLSX,
                Sheets.xlsx("试题", header, List.of(single, judge)));
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(tree.city.get("/api/learning/questions?tag=" + java.net.URLEncoder.encode(tag,
                java.nio.charset.StandardCharsets.UTF_8)).body().get("total").asInt()).isEqualTo(5);

        Api.Reply created = tree.city.post("/api/learning/exams", Map.of("title", "入党积极分子统一考试", "kind", "ACTIVIST",
                "durationMinutes", 30, "passScore", 60, "maxAttempts", 2, "draws", List.of(Map.of("tag", tag, "count", 3))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String exam = created.body().get("id").asString();
        assertThat(tree.city.post("/api/learning/exams/" + exam + "/publish", null).status()).isEqualTo(200);
        assertThat(tree.city.get("/api/learning/exams/" + exam).body().get("questions").asInt()).isEqualTo(3);
        assertThat(tree.city.get("/api/learning/exams").body().findValuesAsString("id")).contains(exam);

        String applicantPhone = TransferTree.phone();
        String caseId = tree.applicant("陶欣然", LocalDate.of(2002, 4, 11), false, applicantPhone);
        Api.Session applicant = MemberSignIn.sms(tree, applicantPhone);
        String phone = TransferTree.phone();
        Api.Session member = MemberSignIn.session(tree, tree.member("蒋思远", LocalDate.of(1990, 6, 1), true, phone), phone);
        assertThat(member.get("/api/learning/my/exams").body().findValuesAsString("id")).as("a member's exams")
                .doesNotContain(exam);
        assertThat(applicant.get("/api/learning/my/exams").body().findValuesAsString("id")).contains(exam);

        JsonNode attempt = applicant.post("/api/learning/exams/" + exam + "/attempts", null).body();
        assertThat(attempt.toString()).as("no key before submitting").doesNotContain("\"correct\"");
        assertThat(attempt.get("questions").size()).isEqualTo(3);
        String a = "/api/learning/attempts/" + attempt.get("id").asString();
        List<Map<String, Object>> answers = rightAnswers(attempt);
        Api.Reply saved = applicant.call("PUT", a + "/answers", Map.of("answers", answers.subList(0, 1)));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(applicant.get(a).body().get("questions").get(0).get("choices").size()).as("the saved answer, on reopening")
                .isPositive();
        JsonNode graded = applicant.post(a + "/submit", Map.of("answers", answers)).body();
        assertThat(graded.get("score").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(graded.get("passed").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> tree.branchAAdmin
                .get("/api/recruitment/cases/" + caseId + "/exams").body().toString().contains("ACTIVIST"));
    }

    private static void question(Api.Session admin, Map<String, Object> question) {
        Api.Reply r = admin.post("/api/learning/questions", question);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    /** The options shown starting with 对 (and 正确 for true/false), as this paper orders them. */
    private static List<Map<String, Object>> rightAnswers(JsonNode attempt) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode q : attempt.get("questions")) {
            List<String> options = q.get("options").valueStream().map(JsonNode::asString).toList();
            List<Integer> right = IntStream.range(0, options.size())
                    .filter(i -> options.get(i).startsWith("对") || options.get(i).equals("正确")).boxed().toList();
            answers.add(Map.of("questionId", q.get("questionId").asString(), "choices", right));
        }
        return answers;
    }
}
