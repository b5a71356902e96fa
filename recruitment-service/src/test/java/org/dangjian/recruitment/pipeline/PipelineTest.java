package org.dangjian.recruitment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Where a subtree's member development stands: counts by stage, overdue steps with who must act, each branch's
 * year, and a case's whole timeline; each within the caller's scope.
 */
class PipelineTest extends RecruitmentCaseTest {

    @Test
    void pipelineCountsCoverTheSubtreeOnly() {
        LocalDate lastYear = LocalDate.of(year() - 1, 3, 10);
        long activist = open(branchA, branchAAdmin, "王芳", lastYear);
        record(branchAAdmin, activist, "N02", lastYear.plusDays(10), Map.of("talker", "李明"));
        record(branchAAdmin, activist, "N03", lastYear.plusMonths(4), Map.of("method", "党员推荐"));
        open(branchB, branchBAdmin, "李强", today());
        open(branchC, branchCAdmin, "赵敏", today());

        JsonNode town = ok(get(town1Admin, "/api/recruitment/pipeline?orgId=" + town1));

        assertThat(town.get("open").asLong()).isEqualTo(2);
        assertThat(stage(town, "APPLICANT")).isEqualTo(1);
        assertThat(stage(town, "ACTIVIST")).isEqualTo(1);
        assertThat(stage(town, "CANDIDATE")).isZero();
        assertThat(town.get("byStage").findValuesAsString("stage"))
                .containsExactly("APPLICANT", "ACTIVIST", "CANDIDATE", "ADMISSION", "PROBATION");
        assertThat(town.get("byStageAndYear").toString()).contains("\"stage\":\"ACTIVIST\",\"year\":" + (year() - 1))
                .contains("\"stage\":\"APPLICANT\",\"year\":" + year());
        JsonNode city = ok(get(cityAdmin, "/api/recruitment/pipeline?orgId=" + root));
        assertThat(city.get("open").asLong()).isEqualTo(3);
        assertThat(get(town1Admin, "/api/recruitment/pipeline?orgId=" + town2).getResponse().getStatus())
                .as("outside the caller's scope").isEqualTo(404);
    }

    @Test
    void overdueStepsNameThePersonMaskedTheDueDateAndWhoMustAct() {
        LocalDate applied = today().minusMonths(3);
        long late = open(branchA, branchAAdmin, "王芳", applied);
        open(branchA, branchAAdmin, "李强", today().minusDays(3));
        long elsewhere = open(branchC, branchCAdmin, "赵敏", applied);

        JsonNode page = ok(get(town1Admin, "/api/recruitment/overdue?orgId=" + town1));

        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode o = page.get("items").get(0);
        assertThat(o.get("caseId").asLong()).isEqualTo(late);
        assertThat(o.get("name").asString()).isEqualTo("王芳");
        assertThat(o.get("phone").asString()).isEqualTo("139****5678");
        assertThat(o.get("stepCode").asString()).isEqualTo("N02");
        assertThat(o.get("dueDate").asString()).isEqualTo(applied.plusMonths(1).toString());
        assertThat(o.get("actingOrgId").asLong()).isEqualTo(branchA);
        assertThat(o.get("actingOrgName").asString()).isEqualTo("城北社区党支部");
        assertThat(ids(ok(get(cityAdmin, "/api/recruitment/overdue?orgId=" + root)), "caseId")).contains(late, elsewhere);
    }

    @Test
    void throughputCountsEachBranchsStepsOfTheYear() {
        int last = year() - 1;
        LocalDate applied = LocalDate.of(last, 1, 5);
        long a1 = open(branchA, branchAAdmin, "王芳", applied);
        record(branchAAdmin, a1, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        record(branchAAdmin, a1, "N03", applied.plusMonths(4), Map.of("method", "党员推荐"));
        open(branchA, branchAAdmin, "李强", LocalDate.of(last, 6, 1));
        open(branchB, branchBAdmin, "孙杰", LocalDate.of(last, 2, 1));
        open(branchA, branchAAdmin, "周涛", today());

        JsonNode t = ok(get(town1Admin, "/api/recruitment/throughput?orgId=" + town1 + "&year=" + last));

        JsonNode a = branch(t, branchA);
        assertThat(a.get("orgName").asString()).isEqualTo("城北社区党支部");
        assertThat(a.get("opened").asLong()).isEqualTo(2);
        assertThat(a.get("activists").asLong()).isEqualTo(1);
        assertThat(a.get("candidates").asLong()).isZero();
        assertThat(branch(t, branchB).get("opened").asLong()).isEqualTo(1);
        assertThat(t.get("total").get("opened").asLong()).isEqualTo(3);
        assertThat(t.get("branches").findValuesAsString("orgId")).doesNotContain(Long.toString(branchC));
    }

    @Test
    void aYearOutOfRangeIsRefusedNamingTheField() {
        MvcTestResult r = get(town1Admin, "/api/recruitment/throughput?orgId=" + town1 + "&year=" + (year() + 1));

        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").findValuesAsString("field")).containsExactly("year");
    }

    @Test
    void theTimelineListsStepsInOrder() {
        LocalDate applied = today().minusMonths(5);
        long id = open(branchA, branchAAdmin, "王芳", applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        LocalDate designated = applied.plusMonths(3).plusDays(2);
        record(branchAAdmin, id, "N03", designated, Map.of("method", "党员推荐"));
        record(town1Admin, id, "N04", designated.plusDays(10), Map.of());

        JsonNode timeline = ok(get(branchAAdmin, CASES + "/" + id + "/timeline"));

        JsonNode entries = timeline.get("entries");
        assertThat(entries.findValuesAsString("stepCode")).containsExactly("N01", "N02", "N03", "N04");
        assertThat(entries.findValuesAsString("kind")).containsOnly("STEP");
        assertThat(entries.get(1).get("date").asString()).isEqualTo(applied.plusDays(10).toString());
        assertThat(entries.get(1).get("stepName").asString()).isEqualTo("党组织派人谈话");
        assertThat(entries.get(1).get("details").get("talker").asString()).isEqualTo("李明");
        assertThat(entries.get(3).get("recordedBy").asLong()).as("the town's administrator").isPositive();
        assertThat(entries.get(3).get("recordedAt").isNull()).isFalse();
        assertThat(get(branchCAdmin, CASES + "/" + id + "/timeline").getResponse().getStatus())
                .as("outside the caller's scope").isEqualTo(404);
    }

    private static long stage(JsonNode counts, String stage) {
        for (JsonNode s : counts.get("byStage")) {
            if (s.get("stage").asString().equals(stage)) {
                return s.get("count").asLong();
            }
        }
        throw new AssertionError("no stage " + stage);
    }

    private static JsonNode branch(JsonNode throughput, long orgId) {
        for (JsonNode b : throughput.get("branches")) {
            if (b.get("orgId").asLong() == orgId) {
                return b;
            }
        }
        throw new AssertionError("no branch " + orgId);
    }

    private static List<Long> ids(JsonNode page, String field) {
        return page.get("items").findValues(field).stream().map(JsonNode::asLong).toList();
    }
}
