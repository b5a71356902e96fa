package org.dangjian.recruitment.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.recruitment.outcome.OutcomeCases.CASES;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.recruitment.RecruitmentAdmitted;
import org.dangjian.contracts.recruitment.RecruitmentCaseClosed;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The higher committee's admission approval (N17): approved, the person is announced as a probationary member; refused, the case closes. */
class AdmissionOutcomeTest extends TreeApiTest {
    @Autowired
    EventSeal seal;

    @Test
    void anApprovedAdmissionAnnouncesTheProbationaryMemberWithTheBranchMeetingsDate() {
        LocalDate vote = today().minusMonths(2);
        String idNumber = OutcomeCases.idNumber();
        long id = caseAwaitingApproval(idNumber, vote);

        JsonNode c = ok(post(cityAdmin, step(id, "N17"), approval("APPROVED", null, today().minusMonths(1))));

        assertThat(c.get("status").asString()).isEqualTo("ADMITTED");
        assertThat(c.get("next").get("code").asString()).as("filing with the organisation department").isEqualTo("N18");
        JsonNode admitted = payload(RecruitmentAdmitted.TYPE, id).get(0);
        assertThat(admitted.get("admissionDate").asString()).as("the branch meeting's date, not the approval's")
                .isEqualTo(vote.toString());
        assertThat(admitted.toString()).as("ID number and phone travel sealed")
                .doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14)).doesNotContain("13912345678");
        assertThat(seal.open(admitted.get("idNumber").asString())).isEqualTo(idNumber);
        assertThat(seal.open(admitted.get("phone").asString())).isEqualTo("13912345678");
        assertThat(admitted.get("gender").asString()).isEqualTo("MALE");
        assertThat(admitted.get("ethnicity").asString()).isEqualTo("03");
        assertThat(admitted.get("education").asString()).isEqualTo("21");
        assertThat(admitted.get("orgId").asLong()).isEqualTo(branchA);
    }

    @Test
    void anAdmittedPersonIsCountedInThePipelineAsProbationary() {
        long id = caseAwaitingApproval(OutcomeCases.idNumber(), today().minusMonths(2));
        String stageBefore = ok(get(branchAAdmin, CASES + "/" + id)).get("stage").asString();
        JsonNode before = ok(get(branchAAdmin, "/api/recruitment/pipeline?orgId=" + branchA));

        ok(post(cityAdmin, step(id, "N17"), approval("APPROVED", null, today().minusMonths(1))));

        JsonNode after = ok(get(branchAAdmin, "/api/recruitment/pipeline?orgId=" + branchA));
        assertThat(after.get("open").asInt()).as("still on the way to full membership").isEqualTo(before.get("open").asInt());
        assertThat(stage(after, "PROBATION")).isEqualTo(stage(before, "PROBATION") + 1);
        assertThat(stage(after, stageBefore)).as("left " + stageBefore).isEqualTo(stage(before, stageBefore) - 1);
    }

    @Test
    void theAdmissionApprovalNamesItsOutcome() {
        long id = caseAwaitingApproval(OutcomeCases.idNumber(), today().minusMonths(2));
        LocalDate on = today().minusMonths(1);

        MvcTestResult none = post(cityAdmin, step(id, "N17"), Map.of("date", on.toString()));
        assertThat(none.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(none).get("errors").findValuesAsString("field")).containsExactly("outcome");

        MvcTestResult confirmation = post(cityAdmin, step(id, "N17"), approval("CONFIRMED", null, on));
        assertThat(body(confirmation).get("errors").findValuesAsString("field")).containsExactly("outcome.decision");
        assertThat(ok(get(cityAdmin, CASES + "/" + id)).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void aRefusedAdmissionClosesTheCase() {
        String idNumber = OutcomeCases.idNumber();
        long id = caseAwaitingApproval(idNumber, today().minusMonths(2));
        LocalDate on = today().minusMonths(1);

        MvcTestResult noReason = post(cityAdmin, step(id, "N17"), approval("REFUSED", " ", on));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(noReason).get("errors").findValuesAsString("field")).containsExactly("outcome.reason");

        JsonNode refused = ok(post(cityAdmin, step(id, "N17"), approval("REFUSED", "政治审查结论不合格", on)));

        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject("SELECT closed_reason FROM recruitment_case WHERE id = ?", String.class, id))
                .isEqualTo("政治审查结论不合格");
        JsonNode closed = payload(RecruitmentCaseClosed.TYPE, id).get(0);
        assertThat(closed.get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(closed.get("date").asString()).isEqualTo(on.toString());
        assertThat(payload(RecruitmentAdmitted.TYPE, id)).isEmpty();
        MvcTestResult more = post(branchAAdmin, step(id, "N18"), Map.of("date", today().toString()));
        assertThat(more.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(more).get("code").asString()).isEqualTo("RECRUITMENT_CASE_NOT_OPEN");
        assertThat(ids(ok(get(branchAAdmin, CASES + "?orgId=" + branchA + "&size=100")))).doesNotContain(id);
    }

    @Test
    void aRefusedPersonMayApplyAgainLater() {
        String idNumber = OutcomeCases.idNumber();
        long id = caseAwaitingApproval(idNumber, today().minusMonths(2));
        ok(post(cityAdmin, step(id, "N17"), approval("REFUSED", "政治审查结论不合格", today().minusMonths(1))));

        MvcTestResult again = post(branchAAdmin, CASES, OutcomeCases.application(branchA, idNumber, today()));

        assertThat(again.getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void theApplicationNamesAGbT3304Ethnicity() {
        Map<String, Object> none = OutcomeCases.application(branchA, OutcomeCases.idNumber(), today());
        none.remove("ethnicity");
        MvcTestResult missing = post(branchAAdmin, CASES, none);
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing).get("errors").findValuesAsString("field")).containsExactly("ethnicity");

        Map<String, Object> unknown = OutcomeCases.application(branchA, OutcomeCases.idNumber(), today());
        unknown.put("ethnicity", "60");
        MvcTestResult notACode = post(branchAAdmin, CASES, unknown);
        assertThat(body(notACode).get("errors").findValuesAsString("field")).containsExactly("ethnicity");

        JsonNode opened = ok(post(branchAAdmin, CASES, OutcomeCases.application(branchA, OutcomeCases.idNumber(), today())));
        assertThat(opened.get("ethnicityName").asString()).isEqualTo("回族");
    }

    private long caseAwaitingApproval(String idNumber, LocalDate vote) {
        LocalDate applied = vote.minusMonths(30);
        long id = ok(post(branchAAdmin, CASES, OutcomeCases.application(branchA, idNumber, applied))).get("id").asLong();
        OutcomeCases.recorded(jdbc, id, OutcomeCases.upToTheAdmissionTalk(applied, vote));
        return id;
    }

    static Map<String, Object> approval(String decision, String reason, LocalDate on) {
        Map<String, Object> outcome = new java.util.HashMap<>();
        outcome.put("decision", decision);
        if (reason != null) {
            outcome.put("reason", reason);
        }
        return Map.of("date", on.toString(), "outcome", outcome);
    }

    static String step(long id, String code) {
        return CASES + "/" + id + "/steps/" + code;
    }

    private static int stage(JsonNode pipeline, String stage) {
        for (JsonNode s : pipeline.get("byStage")) {
            if (s.get("stage").asString().equals(stage)) {
                return s.get("count").asInt();
            }
        }
        throw new AssertionError("no stage " + stage);
    }

    private List<JsonNode> payload(String type, long caseId) {
        return jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ? ORDER BY id",
                String.class, type, Long.toString(caseId)).stream().map(json::readTree).toList();
    }
}
