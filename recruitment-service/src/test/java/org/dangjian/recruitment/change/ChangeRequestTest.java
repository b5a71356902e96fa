package org.dangjian.recruitment.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.contracts.recruitment.RecruitmentStepChanged;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.recruitment.attachment.EvidenceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Editing a completed step needs the superior organisation's approval: the change applies only when approved,
 * only if the new date still fits between the neighbouring steps, and the history keeps the original.
 */
class ChangeRequestTest extends EvidenceApiTest {
    private static final String CHANGES = "/api/recruitment/changes";

    @Test
    void aCompletedStepChangesOnlyWhenTheSuperiorApproves() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));

        JsonNode asked = ok(post(branchAAdmin, changes(id, "N02"), change(applied.plusDays(12), Map.of("talker", "王芳"),
                "谈话日期和谈话人录入有误")));
        assertThat(asked.get("status").asString()).isEqualTo("PENDING");
        assertThat(asked.get("approverOrgId").asLong()).as("the branch's superior").isEqualTo(town1);
        assertThat(stepOf(caseView(branchAAdmin, id), "N02").get("date").asString())
                .as("nothing changes before the approval").isEqualTo(applied.plusDays(10).toString());

        long changeId = asked.get("id").asLong();
        MvcTestResult byTheBranch = post(branchAAdmin, approve(changeId), null);
        assertThat(byTheBranch.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(byTheBranch).get("detail").asString()).contains("玉山镇党委");
        assertThat(ids(ok(get(town1Admin, CHANGES)))).contains(changeId);
        assertThat(ids(ok(get(town2Admin, CHANGES)))).doesNotContain(changeId);

        JsonNode approved = ok(post(town1Admin, approve(changeId), null));

        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        JsonNode talk = stepOf(caseView(branchAAdmin, id), "N02");
        assertThat(talk.get("date").asString()).isEqualTo(applied.plusDays(12).toString());
        assertThat(talk.get("fields").get("talker").asString()).isEqualTo("王芳");
        assertThat(ids(ok(get(town1Admin, CHANGES)))).doesNotContain(changeId);
        assertThat(ids(ok(get(town1Admin, CHANGES + "?status=APPROVED")))).contains(changeId);
    }

    @Test
    void anApprovedChangeIsAnnouncedWithTheOldAndNewDate() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        long changeId = ok(post(branchAAdmin, changes(id, "N02"), change(applied.plusDays(3), null, "日期有误")))
                .get("id").asLong();
        ok(post(town1Admin, approve(changeId), null));

        List<JsonNode> announced = jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?",
                String.class, RecruitmentStepChanged.TYPE, Long.toString(id)).stream().map(json::readTree).toList();

        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).get("stepCode").asString()).isEqualTo("N02");
        assertThat(announced.get(0).get("oldDate").asString()).isEqualTo(applied.plusDays(10).toString());
        assertThat(announced.get(0).get("newDate").asString()).isEqualTo(applied.plusDays(3).toString());
        assertThat(announced.get(0).get("orgPath").asString()).isEqualTo(pathOf(branchA));
    }

    @Test
    void aRefusedChangeLeavesTheStepAsItWas() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        long changeId = ok(post(branchAAdmin, changes(id, "N02"), change(null, Map.of("talker", "王芳"), "谈话人有误")))
                .get("id").asLong();

        MvcTestResult noReason = post(town1Admin, refuse(changeId), Map.of("reason", " "));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(noReason).get("errors").findValuesAsString("field")).containsExactly("reason");
        JsonNode refused = ok(post(town1Admin, refuse(changeId), Map.of("reason", "与谈话记录一致，无需修改")));

        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("decisionReason").asString()).isEqualTo("与谈话记录一致，无需修改");
        JsonNode talk = stepOf(caseView(branchAAdmin, id), "N02");
        assertThat(talk.get("fields").get("talker").asString()).isEqualTo("李明");
        assertThat(talk.get("date").asString()).isEqualTo(applied.plusDays(10).toString());
        assertThat(post(town1Admin, approve(changeId), null).getResponse().getStatus()).as("decided once").isEqualTo(409);
        assertThat(post(branchAAdmin, changes(id, "N02"), change(applied.plusDays(11), null, "再次申请"))
                .getResponse().getStatus()).as("the step is free for a new request").isEqualTo(201);
    }

    @Test
    void theHistoryKeepsTheOriginal() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        long changeId = ok(post(branchAAdmin, changes(id, "N02"), change(applied.plusDays(12), Map.of("talker", "王芳"),
                "谈话日期和谈话人录入有误"))).get("id").asLong();
        ok(post(town1Admin, approve(changeId), null));

        JsonNode history = stepOf(caseView(branchAAdmin, id), "N02").get("changes");

        assertThat(history).hasSize(1);
        JsonNode c = history.get(0);
        assertThat(c.get("originalDate").asString()).isEqualTo(applied.plusDays(10).toString());
        assertThat(c.get("originalFields").get("talker").asString()).isEqualTo("李明");
        assertThat(c.get("newDate").asString()).isEqualTo(applied.plusDays(12).toString());
        assertThat(c.get("reason").asString()).isEqualTo("谈话日期和谈话人录入有误");
        assertThat(c.get("approverOrgName").asString()).isEqualTo("玉山镇党委");
        assertThat(c.get("decidedBy").isNull()).isFalse();
        assertThat(c.get("decidedAt").isNull()).isFalse();
        assertThat(c.get("requestedAt").isNull()).isFalse();
    }

    @Test
    void aNewDateMustFitBetweenTheNeighbouringSteps() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        record(branchAAdmin, id, "N03", applied.plusMonths(3).plusDays(5), Map.of("method", "党员推荐"));

        MvcTestResult beforeTheApplication = post(branchAAdmin, changes(id, "N02"),
                change(applied.minusDays(1), null, "日期有误"));
        assertThat(beforeTheApplication.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(beforeTheApplication).get("code").asString()).isEqualTo("RECRUITMENT_STEP_BEFORE_PREVIOUS");

        MvcTestResult tooEarly = post(branchAAdmin, changes(id, "N03"), change(applied.plusMonths(2), null, "日期有误"));
        assertThat(tooEarly.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(tooEarly).get("code").asString()).isEqualTo("RECRUITMENT_STEP_TOO_EARLY");
        assertThat(body(tooEarly).get("detail").asString()).contains(applied.plusMonths(3).toString());
    }

    @Test
    void anApprovalThatNoLongerFitsTheNeighboursIsRefusedWithTheGatesReason() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        LocalDate designated = applied.plusMonths(3).plusDays(5);
        record(branchAAdmin, id, "N03", designated, Map.of("method", "党员推荐"));
        long laterTalk = ok(post(branchAAdmin, changes(id, "N02"), change(designated, null, "谈话实为推荐当天")))
                .get("id").asLong();
        long earlierDesignation = ok(post(branchAAdmin, changes(id, "N03"), change(applied.plusMonths(3), null, "日期有误")))
                .get("id").asLong();
        ok(post(town1Admin, approve(earlierDesignation), null));

        MvcTestResult r = post(town1Admin, approve(laterTalk), null);

        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(r).get("code").asString()).isEqualTo("RECRUITMENT_STEP_BEFORE_PREVIOUS");
        assertThat(body(r).get("detail").asString()).contains("N03").contains("N02");
        assertThat(stepOf(caseView(branchAAdmin, id), "N02").get("date").asString()).isEqualTo(applied.plusDays(10).toString());
        assertThat(ids(ok(get(town1Admin, CHANGES)))).as("still waiting, to be refused").contains(laterTalk);
    }

    @Test
    void onePendingRequestPerStep() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        ok(post(branchAAdmin, changes(id, "N02"), change(applied.plusDays(11), null, "日期有误")));

        MvcTestResult again = post(town1Admin, changes(id, "N02"), change(applied.plusDays(12), null, "日期有误"));

        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("RECRUITMENT_CHANGE_ALREADY_PENDING");
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        long changeId = ok(post(town1Admin, changes(id, "N02"), change(applied.plusDays(11), null, "日期有误")))
                .get("id").asLong();

        assertThat(post(town1Admin, approve(changeId), null).getResponse().getStatus()).isEqualTo(403);
        String anotherOfTheTown = TestTokens.orgAdmin(nextId(), town1, pathOf(town1));
        assertThat(post(anotherOfTheTown, approve(changeId), null).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void onlyARecordedStepIsChangedAndOnlyWithSomethingToChange() {
        long id = open(today().minusMonths(5));

        MvcTestResult notRecorded = post(branchAAdmin, changes(id, "N02"), change(today(), null, "x"));
        assertThat(body(notRecorded).get("code").asString()).isEqualTo("RECRUITMENT_CHANGE_STEP_NOT_RECORDED");
        MvcTestResult nothing = post(branchAAdmin, changes(id, "N01"), change(null, null, "x"));
        assertThat(nothing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(nothing).get("code").asString()).isEqualTo("RECRUITMENT_CHANGE_NOTHING");
        MvcTestResult noReason = post(branchAAdmin, changes(id, "N01"), change(today(), null, ""));
        assertThat(body(noReason).get("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(post(branchBAdmin, changes(id, "N01"), change(today(), null, "x")).getResponse().getStatus())
                .as("outside the caller's scope").isEqualTo(404);
    }

    @Test
    void anAttachmentLeavesItsStepOnlyThroughAnApprovedChange() {
        long id = open(today().minusMonths(5));
        long scan = ok(upload(branchAAdmin, id, "N01", "入党申请书.pdf", pdf())).get("id").asLong();
        long wrong = ok(upload(branchAAdmin, id, "N01", "别人的申请书.jpg", photo())).get("id").asLong();

        MvcTestResult nothingLeft = post(branchAAdmin, changes(id, "N01"), remove(List.of(scan, wrong)));
        assertThat(nothingLeft.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(nothingLeft).get("code").asString()).isEqualTo("RECRUITMENT_EVIDENCE_MISSING");
        long changeId = ok(post(branchAAdmin, changes(id, "N01"), remove(List.of(wrong)))).get("id").asLong();
        assertThat(stepOf(caseView(branchAAdmin, id), "N01").get("attachments")).hasSize(2);

        ok(post(town1Admin, approve(changeId), null));

        JsonNode application = stepOf(caseView(branchAAdmin, id), "N01");
        assertThat(application.get("attachments").findValuesAsString("fileName")).containsExactly("入党申请书.pdf");
        assertThat(application.get("changes").get(0).get("removeAttachmentIds").get(0).asLong()).isEqualTo(wrong);
        assertThat(get(branchAAdmin, CASES + "/" + id + "/attachments/" + wrong).getResponse().getStatus())
                .as("kept for the history").isEqualTo(200);
    }

    @Test
    void aMovedBranchTakesItsEvidenceAndChangeRequestsAlong() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        String url = ok(upload(branchAAdmin, id, "N01", "入党申请书.pdf", pdf())).get("url").asString();
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        long changeId = ok(post(branchAAdmin, changes(id, "N02"), change(applied.plusDays(11), null, "日期有误")))
                .get("id").asLong();
        String moved = path(root, town2, branchA);

        publish(new OrgMoved(branchA, town1, town2, pathOf(branchA), moved));

        awaitEffect(() -> count("SELECT COUNT(*) FROM case_attachment WHERE case_id = ? AND org_path = ?", id, moved) == 1
                && count("SELECT COUNT(*) FROM step_change WHERE id = ? AND org_path = ?", changeId, moved) == 1);
        assertThat(get(town2Admin, url).getResponse().getStatus()).isEqualTo(200);
        assertThat(get(town1Admin, url).getResponse().getStatus()).isEqualTo(404);
        assertThat(post(cityAdmin, approve(changeId), null).getResponse().getStatus())
                .as("the city still decides what waited for the old superior").isEqualTo(200);
    }

    private static Map<String, Object> change(LocalDate date, Map<String, Object> fields, String reason) {
        Map<String, Object> c = new HashMap<>();
        if (date != null) {
            c.put("date", date.toString());
        }
        if (fields != null) {
            c.put("fields", fields);
        }
        c.put("reason", reason);
        return c;
    }

    private static Map<String, Object> remove(List<Long> attachmentIds) {
        return Map.of("removeAttachmentIds", attachmentIds, "reason", "上传错了文件");
    }

    private static String changes(long id, String code) {
        return step(id, code) + "/changes";
    }

    private static String approve(long changeId) {
        return CHANGES + "/" + changeId + "/approve";
    }

    private static String refuse(long changeId) {
        return CHANGES + "/" + changeId + "/refuse";
    }
}
