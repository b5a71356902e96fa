package org.dangjian.points.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The annual member appraisal (民主评议党员): the branch's grades, the share of excellent, points as a reference. */
class AppraisalTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void excellentMayNotExceedOneThirdOfTheMembersAppraised() {
        List<Long> six = new ArrayList<>();
        for (String name : List.of("甲一", "甲二", "甲三", "甲四", "甲五", "甲六")) {
            six.add(members.ranked(announceMember(branchA, name)));
        }

        MvcTestResult three = record(branchAAdmin, branchA, grades(six, 3));
        assertThat(three.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(three);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("grades");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("参评6人", "最多评2人为优秀");
        assertThat(body(get(branchAAdmin, "/api/points/appraisals?orgId=" + branchA + "&year=" + year()))
                .get("recorded").asBoolean()).as("nothing recorded").isFalse();

        JsonNode two = body(record(branchAAdmin, branchA, grades(six, 2)));
        assertThat(two.get("recorded").asBoolean()).isTrue();
        assertThat(two.get("mostExcellent").asInt()).isEqualTo(2);
        assertThat(two.get("members").findValuesAsString("grade")).containsExactlyInAnyOrder(
                "EXCELLENT", "EXCELLENT", "QUALIFIED", "QUALIFIED", "QUALIFIED", "QUALIFIED");
    }

    @Test
    void pointsAreAReferenceNotTheGrade() {
        long keen = members.ranked(announceMember(branchA, "积极"));
        long quiet = members.ranked(announceMember(branchA, "平常"));
        long third = members.ranked(announceMember(branchA, "第三"));
        long notGraded = members.ranked(announceMember(branchA, "未评"));
        attend(keen);
        attend(keen);

        record(branchAAdmin, branchA, List.of(grade(keen, "QUALIFIED"), grade(quiet, "EXCELLENT"),
                grade(third, "BASICALLY_QUALIFIED")));

        Map<String, JsonNode> lines = lines(body(get(branchAAdmin, "/api/points/appraisals?orgId=" + branchA
                + "&year=" + year())));
        JsonNode keenLine = lines.get(String.valueOf(keen));
        JsonNode quietLine = lines.get(String.valueOf(quiet));
        assertThat(keenLine.get("points").decimalValue()).as("more points")
                .isGreaterThan(quietLine.get("points").decimalValue());
        assertThat(keenLine.get("grade").asString()).as("the branch's grade stands, whatever the points")
                .isEqualTo("QUALIFIED");
        assertThat(quietLine.get("grade").asString()).isEqualTo("EXCELLENT");
        JsonNode ungraded = lines.get(String.valueOf(notGraded));
        assertThat(ungraded.has("points")).as("shown beside every member on the roll").isTrue();
        assertThat(ungraded.has("grade")).as("points never make a grade").isFalse();

        attend(quiet);
        assertThat(lines(body(get(branchAAdmin, "/api/points/appraisals?orgId=" + branchA + "&year=" + year())))
                .get(String.valueOf(keen)).get("grade").asString()).as("points earned later change no grade")
                .isEqualTo("QUALIFIED");
    }

    @Test
    void aMemberSeesTheirOwnGrade() {
        long m = members.ranked(announceMember(branchA, "本人"));
        long other = members.ranked(announceMember(branchA, "他人"));
        long another = members.ranked(announceMember(branchA, "又一人"));
        record(branchAAdmin, branchA, List.of(grade(m, "EXCELLENT"), grade(other, "QUALIFIED"),
                grade(another, "QUALIFIED")));
        String own = memberToken(m, branchA);

        JsonNode mine = body(get(own, "/api/points/members/" + m + "/appraisals"));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("year").asInt()).isEqualTo(year());
        assertThat(mine.get(0).get("grade").asString()).isEqualTo("EXCELLENT");
        assertThat(mine.get(0).get("orgName").asString()).isEqualTo("城北社区党支部");

        assertThat(get(own, "/api/points/members/" + other + "/appraisals").getResponse().getStatus())
                .as("another member's grade is not found").isEqualTo(404);
        assertThat(get(own, "/api/points/appraisals?orgId=" + branchA).getResponse().getStatus())
                .as("nor the branch's list").isEqualTo(403);
        assertThat(body(get(town1Admin, "/api/points/members/" + other + "/appraisals")).get(0).get("grade").asString())
                .isEqualTo("QUALIFIED");
    }

    @Test
    void aBranchAppraisesOnlyTheMembersOnItsRollEachOnce() {
        long a = members.ranked(announceMember(branchA, "本支部"));
        long b = members.ranked(announceMember(branchB, "外支部"));

        MvcTestResult refused = record(branchAAdmin, branchA, List.of(grade(a, "QUALIFIED"), grade(b, "QUALIFIED"),
                grade(a, "QUALIFIED")));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsString("field"))
                .containsExactly("grades[1].memberId", "grades[2].memberId");
        assertThat(record(branchBAdmin, branchA, List.of(grade(a, "QUALIFIED"))).getResponse().getStatus())
                .as("another branch's administrator").isEqualTo(404);
        assertThat(put(town1Admin, "/api/points/appraisals", request(town1, year(), List.of(grade(a, "QUALIFIED"))))
                .getResponse().getStatus()).as("a town is not a branch").isEqualTo(400);
        assertThat(put(branchAAdmin, "/api/points/appraisals", request(branchA, year() + 1, List.of(grade(a, "QUALIFIED"))))
                .getResponse().getStatus()).as("a year to come").isEqualTo(400);
    }

    @Test
    void recordingTheYearAgainReplacesIt() {
        long a = members.ranked(announceMember(branchA, "改正"));
        record(branchAAdmin, branchA, List.of(grade(a, "BASICALLY_QUALIFIED")));
        JsonNode corrected = body(record(branchAAdmin, branchA, List.of(grade(a, "QUALIFIED"))));
        assertThat(corrected.get("members").findValuesAsString("grade")).containsExactly("QUALIFIED");
        assertThat(count("SELECT COUNT(*) FROM appraisal WHERE org_id = ?", branchA)).isEqualTo(1);
    }

    private MvcTestResult record(String admin, long branch, List<Map<String, Object>> grades) {
        return put(admin, "/api/points/appraisals", request(branch, year(), grades));
    }

    private static Map<String, Object> request(long branch, int year, List<Map<String, Object>> grades) {
        return Map.of("orgId", branch, "year", year, "selfAssessment", "党员逐一对照党章党规作自我评价。",
                "mutualAssessment", "党员之间开展互评，提出意见建议若干条。", "grades", grades);
    }

    private static List<Map<String, Object>> grades(List<Long> members, int excellent) {
        List<Map<String, Object>> grades = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            grades.add(grade(members.get(i), i < excellent ? "EXCELLENT" : "QUALIFIED"));
        }
        return grades;
    }

    private static Map<String, Object> grade(long member, String grade) {
        return Map.of("memberId", member, "grade", grade);
    }

    private static Map<String, JsonNode> lines(JsonNode appraisal) {
        Map<String, JsonNode> byMember = new HashMap<>();
        appraisal.get("members").forEach(l -> byMember.put(l.get("memberId").asString(), l));
        return byMember;
    }

    private void attend(long member) {
        assertThat(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type", "THEME_DAY", "date",
                today().toString(), "topic", "主题党日", "attendance",
                List.of(Map.of("memberId", member, "presence", "PRESENT")))).getResponse().getStatus()).isEqualTo(201);
    }
}
