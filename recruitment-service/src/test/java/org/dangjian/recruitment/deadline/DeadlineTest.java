package org.dangjian.recruitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.recruitment.RecruitmentDeadlineApproaching;
import org.dangjian.contracts.recruitment.RecruitmentStepOverdue;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.recruitment.pipeline.RecruitmentCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The daily deadline run tells the organisation that must act, once per case, step and kind: from seven days
 * before the next step's due date, and after it.
 */
class DeadlineTest extends RecruitmentCaseTest {
    @Autowired
    private DeadlineAnnouncements announcements;

    @Test
    void aDeadlineWarningIsSentOncePerStep() {
        LocalDate applied = today().minusMonths(1).plusDays(3);
        LocalDate due = applied.plusMonths(1);
        long id = open(branchA, branchAAdmin, "王芳", applied);

        announcements.announce(today());
        announcements.announce(today());
        announcements.announce(today().plusDays(1));

        List<JsonNode> warnings = payloads(RecruitmentDeadlineApproaching.TYPE, id);
        assertThat(warnings).hasSize(1);
        JsonNode w = warnings.get(0);
        assertThat(w.get("stepCode").asString()).isEqualTo("N02");
        assertThat(w.get("stepName").asString()).isEqualTo("党组织派人谈话");
        assertThat(w.get("dueDate").asString()).isEqualTo(due.toString());
        assertThat(w.get("name").asString()).isEqualTo("王芳");
        assertThat(w.get("actingOrgId").asLong()).isEqualTo(branchA);
        assertThat(w.toString()).as("no ID number travels").doesNotContain("idNumber");
    }

    @Test
    void theWarningComesSevenDaysBeforeTheDueDateNotEarlier() {
        LocalDate applied = today().minusMonths(1).plusDays(9);
        LocalDate due = applied.plusMonths(1);
        long id = open(branchA, branchAAdmin, "李强", applied);

        announcements.announce(due.minusDays(8));
        assertThat(payloads(RecruitmentDeadlineApproaching.TYPE, id)).isEmpty();

        announcements.announce(due.minusDays(7));
        assertThat(payloads(RecruitmentDeadlineApproaching.TYPE, id)).hasSize(1);
    }

    @Test
    void anOverdueStepIsAnnouncedToTheOrganisationThatMustAct() {
        long id = open(branchA, branchAAdmin, "赵敏", today().minusYears(2));
        LocalDate branchReview = today().minusMonths(2);
        carriedTo(id, stepsUpToTheBranchReview(today().minusYears(2), branchReview));

        announcements.announce(today());
        announcements.announce(today());

        List<JsonNode> overdue = payloads(RecruitmentStepOverdue.TYPE, id);
        assertThat(overdue).hasSize(1);
        JsonNode o = overdue.get(0);
        assertThat(o.get("stepCode").asString()).as("the preliminary review by the approving committee").isEqualTo("N13");
        assertThat(o.get("dueDate").asString()).as("within a month of the branch's review")
                .isEqualTo(branchReview.plusMonths(1).toString());
        assertThat(o.get("actingOrgId").asLong()).as("the town's committee, not the branch").isEqualTo(town1);
        assertThat(o.get("actingOrgPath").asString()).isEqualTo(pathOf(town1));
        assertThat(o.get("orgId").asLong()).isEqualTo(branchA);
        assertThat(payloads(RecruitmentDeadlineApproaching.TYPE, id)).as("past the date: overdue only").isEmpty();
    }

    @Test
    void aStepRecordedInTimeIsNotAnnounced() {
        LocalDate applied = today().minusMonths(1).plusDays(3);
        long id = open(branchA, branchAAdmin, "孙杰", applied);
        record(branchAAdmin, id, "N02", today(), Map.of("talker", "李明"));

        announcements.announce(today());

        assertThat(payloads(RecruitmentDeadlineApproaching.TYPE, id)).as("N03 has no due date").isEmpty();
        assertThat(payloads(RecruitmentStepOverdue.TYPE, id)).isEmpty();
    }

    @Test
    void theCityAdministratorRunsTheDeadlinesOnDemand() {
        LocalDate applied = today().minusMonths(1).plusDays(3);
        long id = open(branchA, branchAAdmin, "周涛", applied);

        JsonNode run = ok(post(cityAdmin, "/api/recruitment/deadlines/run?date=" + today(), Map.of()));

        assertThat(run.get("date").asString()).isEqualTo(today().toString());
        assertThat(payloads(RecruitmentDeadlineApproaching.TYPE, id)).hasSize(1);
        assertThat(post(town1Admin, "/api/recruitment/deadlines/run", Map.of()).getResponse().getStatus()).isEqualTo(403);
    }

    /** Outside development mode a day to come would warn early: refused before anything runs. */
    @Test
    void outsideDevelopmentModeADeadlineRunForADayToComeIsRefused() {
        var production = new DeadlineRunController(null, clock, new DevelopmentMode(false));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> production.run(today().plusDays(1)));

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.fieldProblems()).extracting(ApiException.FieldProblem::field).containsExactly("date");
    }

    /** N02 to N12 (the branch committee's review) recorded, each a little after the one before. */
    static Map<String, LocalDate> stepsUpToTheBranchReview(LocalDate applied, LocalDate review) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("N02", applied.plusDays(10));
        dates.put("N03", applied.plusMonths(3));
        for (String code : List.of("N04", "N05", "N06")) {
            dates.put(code, applied.plusMonths(4));
        }
        for (String code : List.of("N07", "N08", "N09", "N10", "N11")) {
            dates.put(code, applied.plusMonths(16));
        }
        dates.put("N12", review);
        return dates;
    }

    private List<JsonNode> payloads(String type, long caseId) {
        return jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ? ORDER BY id",
                String.class, type, Long.toString(caseId)).stream().map(json::readTree).toList();
    }
}
