package org.dangjian.recruitment.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangjian.recruitment.outcome.AdmissionOutcomeTest.approval;
import static org.dangjian.recruitment.outcome.AdmissionOutcomeTest.step;
import static org.dangjian.recruitment.outcome.OutcomeCases.CASES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.recruitment.RecruitmentCaseClosed;
import org.dangjian.contracts.recruitment.RecruitmentConfirmed;
import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.RecruitmentCaseMapper;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.step.RecordStepRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The higher committee's confirmation approval (N24) at the end of probation: confirmed from the day probation
 * ended, extended once by 6 to 12 months (the confirmation round then recorded again), or cancelled.
 */
class ConfirmationOutcomeTest extends TreeApiTest {
    @Autowired
    private ApprovalOutcomes outcomes;
    @Autowired
    private RecruitmentCaseMapper cases;
    @Autowired
    private Catalogues catalogues;

    @Test
    void confirmationDateIsTheDayTheProbationEnded() {
        LocalDate vote = today().minusMonths(14);
        long id = probationaryMember(vote, vote.plusYears(1).plusDays(7));

        JsonNode c = ok(post(cityAdmin, step(id, "N24"), approval("CONFIRMED", null, today().minusMonths(1))));

        assertThat(c.get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode confirmed = last(RecruitmentConfirmed.TYPE, id);
        assertThat(confirmed.get("outcome").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("date").asString()).as("one full year after the admission vote, not the decision")
                .isEqualTo(vote.plusYears(1).toString());
        assertThat(c.get("next").get("code").asString()).as("the materials are still archived").isEqualTo("N25");
        ok(post(branchAAdmin, step(id, "N25"), Map.of("date", today().toString())));
    }

    @Test
    void probationIsExtendedBySixToTwelveMonths() {
        LocalDate vote = today().minusMonths(20);
        long id = probationaryMember(vote, vote.plusYears(1).plusDays(7));
        LocalDate decided = vote.plusYears(1).plusDays(21);

        MvcTestResult tooShort = post(cityAdmin, step(id, "N24"), extension(5, decided));
        assertThat(tooShort.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(tooShort).get("errors").findValuesAsString("field")).containsExactly("outcome.extendMonths");
        assertThat(body(post(cityAdmin, step(id, "N24"), extension(13, decided))).get("errors")
                .findValuesAsString("field")).containsExactly("outcome.extendMonths");

        JsonNode c = ok(post(cityAdmin, step(id, "N24"), extension(6, decided)));

        LocalDate until = vote.plusYears(1).plusMonths(6);
        JsonNode extended = last(RecruitmentConfirmed.TYPE, id);
        assertThat(extended.get("outcome").asString()).isEqualTo("EXTENDED");
        assertThat(extended.get("extendedUntil").asString()).isEqualTo(until.toString());
        assertThat(extended.get("date").asString()).as("the decision's date").isEqualTo(decided.toString());
        assertThat(c.get("status").asString()).as("still on probation").isEqualTo("ADMITTED");
        assertThat(c.get("next").get("code").asString()).as("the application for confirmation once more").isEqualTo("N22");
        assertThat(c.get("steps").findValuesAsString("code")).doesNotContain("N22", "N23", "N24");
        assertThat(count("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND superseded", id))
                .as("the first round kept as history").isEqualTo(3);
    }

    @Test
    void probationIsExtendedOnlyOnce() {
        LocalDate vote = today().minusMonths(20);
        long id = probationaryMember(vote, vote.plusYears(1).plusDays(7));
        ok(post(cityAdmin, step(id, "N24"), extension(6, vote.plusYears(1).plusDays(21))));
        LocalDate until = vote.plusYears(1).plusMonths(6);
        secondRound(id, until);

        MvcTestResult twice = post(cityAdmin, step(id, "N24"), extension(6, until.plusDays(20)));

        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(twice).get("code").asString()).isEqualTo("RECRUITMENT_PROBATION_ALREADY_EXTENDED");
        assertThat(body(twice).get("detail").asString()).contains(until.toString());
    }

    @Test
    void afterAnExtensionFullMembershipDatesFromTheExtensionsEnd() {
        LocalDate vote = today().minusMonths(20);
        long id = probationaryMember(vote, vote.plusYears(1).plusDays(7));
        ok(post(cityAdmin, step(id, "N24"), extension(6, vote.plusYears(1).plusDays(21))));
        LocalDate until = vote.plusYears(1).plusMonths(6);
        secondRound(id, until);

        JsonNode c = ok(post(cityAdmin, step(id, "N24"), approval("CONFIRMED", null, until.plusDays(20))));

        assertThat(c.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(last(RecruitmentConfirmed.TYPE, id).get("date").asString()).isEqualTo(until.toString());
    }

    @Test
    void theSecondConfirmationVoteWaitsForTheExtensionsEnd() {
        LocalDate vote = today().minusMonths(20);
        long id = probationaryMember(vote, vote.plusYears(1).plusDays(7));
        LocalDate decided = vote.plusYears(1).plusDays(21);
        ok(post(cityAdmin, step(id, "N24"), extension(6, decided)));
        LocalDate until = vote.plusYears(1).plusMonths(6);
        RecruitmentCase c = DataScope.unscoped("test", () -> cases.selectById(id));
        var catalogue = catalogues.version(c.getCatalogueVersion());
        List<FieldProblem> problems = new ArrayList<>();

        // the vote's other requirements (quorum, photo, exam) are other features': only the outcome's rule here
        assertThatThrownBy(() -> DataScope.unscoped("test", () -> outcomes.check(c, catalogue.step("N23"),
                new RecordStepRequest(until.minusDays(1), Map.of(), null, null, null), problems)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("RECRUITMENT_STEP_BEFORE_EXTENSION_ENDS"));
        assertThatThrownBy(() -> DataScope.unscoped("test", () -> outcomes.check(c, catalogue.step("N22"),
                new RecordStepRequest(decided.minusDays(1), Map.of(), null, null, null), problems)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("RECRUITMENT_STEP_BEFORE_EXTENSION_DECIDED"));
        DataScope.unscoped("test", () -> outcomes.check(c, catalogue.step("N23"),
                new RecordStepRequest(until, Map.of(), null, null, null), problems));
        assertThat(problems).isEmpty();
    }

    @Test
    void aCancelledProbationClosesTheCaseWithItsReason() {
        LocalDate vote = today().minusMonths(14);
        long id = probationaryMember(vote, vote.plusYears(1).plusDays(7));
        LocalDate on = today().minusMonths(1);

        MvcTestResult noReason = post(cityAdmin, step(id, "N24"), approval("CANCELLED", null, on));
        assertThat(body(noReason).get("errors").findValuesAsString("field")).containsExactly("outcome.reason");

        JsonNode c = ok(post(cityAdmin, step(id, "N24"), approval("CANCELLED", "预备期间不履行党员义务", on)));

        assertThat(c.get("status").asString()).isEqualTo("CANCELLED");
        JsonNode cancelled = last(RecruitmentConfirmed.TYPE, id);
        assertThat(cancelled.get("outcome").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("date").asString()).isEqualTo(on.toString());
        assertThat(last(RecruitmentCaseClosed.TYPE, id).get("outcome").asString()).isEqualTo("CANCELLED");
        assertThat(post(branchAAdmin, step(id, "N25"), Map.of("date", today().toString())).getResponse().getStatus())
                .isEqualTo(409);
    }

    @Test
    void theConfirmationApprovalDecidesOnlyTheEndOfProbation() {
        LocalDate vote = today().minusMonths(14);
        long id = probationaryMember(vote, vote.plusYears(1).plusDays(7));

        MvcTestResult approved = post(cityAdmin, step(id, "N24"), approval("APPROVED", null, today().minusMonths(1)));

        assertThat(body(approved).get("errors").findValuesAsString("field")).containsExactly("outcome.decision");
    }

    /** Admitted at the branch meeting on {@code vote} (approved a month later), the confirmation vote held. */
    private long probationaryMember(LocalDate vote, LocalDate confirmationVote) {
        LocalDate applied = vote.minusMonths(30);
        long id = ok(post(branchAAdmin, CASES, OutcomeCases.application(branchA, OutcomeCases.idNumber(), applied)))
                .get("id").asLong();
        OutcomeCases.recorded(jdbc, id, OutcomeCases.upToTheAdmissionTalk(applied, vote));
        LocalDate approved = vote.plusMonths(1);
        ok(post(cityAdmin, step(id, "N17"), approval("APPROVED", null, approved)));
        OutcomeCases.recorded(jdbc, id, OutcomeCases.upToTheConfirmationVote(approved, confirmationVote));
        return id;
    }

    /** The application for confirmation and the vote recorded again once the extension ended. */
    private void secondRound(long id, LocalDate extensionEnds) {
        Map<String, LocalDate> again = new LinkedHashMap<>();
        again.put("N22", extensionEnds.minusDays(10));
        again.put("N23", extensionEnds.plusDays(3));
        OutcomeCases.recorded(jdbc, id, again, 2);
    }

    private static Map<String, Object> extension(int months, LocalDate on) {
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("decision", "EXTENDED");
        outcome.put("extendMonths", months);
        return Map.of("date", on.toString(), "outcome", outcome);
    }

    private JsonNode last(String type, long caseId) {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?"
                + " ORDER BY id", String.class, type, Long.toString(caseId));
        assertThat(payloads).as(type).isNotEmpty();
        return json.readTree(payloads.get(payloads.size() - 1));
    }
}
