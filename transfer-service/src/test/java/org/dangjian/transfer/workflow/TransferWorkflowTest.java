package org.dangjian.transfer.workflow;

import org.dangjian.kit.calendar.WorkingDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.inCity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.contracts.transfer.TransferExpired;
import org.dangjian.contracts.transfer.TransferRejected;
import org.dangjian.contracts.transfer.TransferRequested;
import org.dangjian.contracts.transfer.TransferStepApproved;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A transfer's way from registration through each approval to arrival, and the ways it can end early. */
class TransferWorkflowTest extends TreeApiTest {
    @Autowired
    TransferClosing closing;
    @Autowired
    WorkingDays workingDays;

    @Test
    void an_in_city_transfer_across_towns_is_approved_by_both_towns_then_completed_on_arrival() {
        long m = member(branchA, "张建国");
        long id = registerInCity(m, branchC);

        JsonNode t = body(get(branchAAdmin, "/api/transfers/" + id));
        assertThat(t.get("status").asString()).isEqualTo("PENDING");
        assertThat(t.get("steps").findValuesAsString("orgName")).containsExactly("玉山镇党委", "周市镇党委");
        assertThat(t.get("steps").findValuesAsString("status")).containsExactly("PENDING", "WAITING");
        assertThat(t.get("steps").get(0).get("dueDate").asString())
                .isEqualTo(workingDays.add(today(), 5).toString());
        assertThat(outboxCount(TransferRequested.TYPE, id)).isEqualTo(1);

        assertThat(post(town2Admin, "/api/transfers/" + id + "/approve", Map.of()).getResponse().getStatus())
                .as("the receiving town cannot decide the sending town's step").isEqualTo(403);
        JsonNode afterTown1 = body(post(town1Admin, "/api/transfers/" + id + "/approve", Map.of("comment", "同意")));
        assertThat(afterTown1.get("steps").findValuesAsString("status")).containsExactly("APPROVED", "PENDING");
        assertThat(afterTown1.get("steps").get(0).get("comment").asString()).isEqualTo("同意");
        assertThat(afterTown1.has("letter")).as("no letter yet").isFalse();

        JsonNode approved = body(post(town2Admin, "/api/transfers/" + id + "/approve", Map.of()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.has("letter")).as("within the city no letter").isFalse();
        assertThat(approved.get("reportBy").asString()).isEqualTo(today().plusMonths(3).toString());
        assertThat(outboxCount(TransferStepApproved.TYPE, id)).isEqualTo(2);

        assertThat(post(branchAAdmin, "/api/transfers/" + id + "/arrive", Map.of()).getResponse().getStatus())
                .as("the sending branch cannot confirm the arrival").isEqualTo(403);
        JsonNode done = body(post(branchCAdmin, "/api/transfers/" + id + "/arrive", Map.of()));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("history").findValuesAsString("action"))
                .containsExactly("REGISTERED", "APPROVED", "APPROVED", "ARRIVED");
        assertThat(outboxCount(TransferCompleted.TYPE, id)).isEqualTo(1);
    }

    @Test
    void within_one_town_only_that_town_approves() {
        long m = member(branchA, "李华");
        long id = registerInCity(m, branchB);
        JsonNode t = body(get(cityAdmin, "/api/transfers/" + id));
        assertThat(t.get("steps").findValuesAsString("orgName")).containsExactly("玉山镇党委");
    }

    @Test
    void a_rejection_needs_a_reason_ends_the_transfer_and_the_member_can_be_registered_again() {
        long m = member(branchA, "王芳");
        long id = registerInCity(m, branchC);
        MvcTestResult noReason = post(town1Admin, "/api/transfers/" + id + "/reject", Map.of());
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(noReason).get("errors").findValuesAsString("field")).containsExactly("comment");

        JsonNode rejected = body(post(town1Admin, "/api/transfers/" + id + "/reject", Map.of("comment", "手续不全")));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("outcomeComment").asString()).isEqualTo("手续不全");
        assertThat(rejected.get("steps").findValuesAsString("status")).containsExactly("REJECTED", "WAITING");
        assertThat(outboxCount(TransferRejected.TYPE, id)).isEqualTo(1);
        assertThat(post(town2Admin, "/api/transfers/" + id + "/approve", Map.of()).getResponse().getStatus())
                .isEqualTo(409);

        assertThat(registerInCity(m, branchC)).isNotEqualTo(id);
    }

    @Test
    void a_member_has_at_most_one_transfer_in_progress() {
        long m = member(branchA, "赵强");
        registerInCity(m, branchC);
        MvcTestResult second = post(cityAdmin, "/api/transfers", request(m, "IN_CITY", branchB));
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(second).get("code").asString()).isEqualTo("TRANSFER_ALREADY_OPEN");
    }

    @Test
    void the_destination_of_an_in_city_transfer_must_be_another_branch() {
        long m = member(branchA, "钱进");
        MvcTestResult toTown = post(cityAdmin, "/api/transfers", request(m, "IN_CITY", town2));
        assertThat(toTown.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(toTown).get("errors").findValuesAsString("field")).containsExactly("toOrgId");
        MvcTestResult toSelf = post(cityAdmin, "/api/transfers", request(m, "IN_CITY", branchA));
        assertThat(toSelf.getResponse().getStatus()).isEqualTo(400);
        MvcTestResult noDestination = post(cityAdmin, "/api/transfers", request(m, "IN_CITY", null));
        assertThat(body(noDestination).get("errors").findValuesAsString("field")).containsExactly("toOrgId");
    }

    @Test
    void only_the_sending_side_registers_and_others_do_not_see_the_transfer() {
        long m = member(branchA, "孙丽");
        MvcTestResult byOtherTown = post(town2Admin, "/api/transfers", request(m, "IN_CITY", branchC));
        assertThat(byOtherTown.getResponse().getStatus()).isEqualTo(404);
        long id = registerInCity(m, branchB);
        assertThat(get(branchBAdmin, "/api/transfers/" + id).getResponse().getStatus()).isEqualTo(200);
        assertThat(get(branchCAdmin, "/api/transfers/" + id).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void an_approval_on_a_stale_version_is_refused() {
        long m = member(branchA, "周明");
        long id = registerInCity(m, branchC);
        int seen = body(get(town1Admin, "/api/transfers/" + id)).get("version").asInt();
        assertThat(post(town1Admin, "/api/transfers/" + id + "/approve", Map.of("version", seen)).getResponse()
                .getStatus()).isEqualTo(200);
        MvcTestResult late = post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of("version", seen));
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(late).get("code").asString()).isEqualTo("TRANSFER_CHANGED_CONCURRENTLY");
        assertThat(body(get(cityAdmin, "/api/transfers/" + id)).get("steps").findValuesAsString("status"))
                .containsExactly("APPROVED", "PENDING");
    }

    @Test
    void an_unreported_transfer_expires_at_the_end_of_its_reporting_period() {
        long m = member(branchA, "吴刚");
        long id = registerInCity(m, branchB);
        post(town1Admin, "/api/transfers/" + id + "/approve", Map.of());
        LocalDate validUntil = LocalDate.parse(body(get(cityAdmin, "/api/transfers/" + id)).get("reportBy").asString());

        // the run covers the whole database, which other test classes share: count only this transfer
        closing.expireLettersBefore(validUntil);
        assertThat(body(get(cityAdmin, "/api/transfers/" + id)).get("status").asString())
                .as("valid through its last day").isEqualTo("APPROVED");
        assertThat(closing.expireLettersBefore(validUntil.plusDays(1))).isPositive();
        JsonNode expired = body(get(cityAdmin, "/api/transfers/" + id));
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(outboxCount(TransferExpired.TYPE, id)).isEqualTo(1);
        assertThat(post(cityAdmin, "/api/transfers/" + id + "/arrive", Map.of()).getResponse().getStatus())
                .isEqualTo(409);
        assertThat(registerInCity(m, branchB)).as("an expired transfer frees the member").isNotEqualTo(id);
    }

    @Test
    void a_transfer_out_of_the_city_goes_up_to_the_city_and_the_sending_side_records_the_receipt() {
        long m = member(branchA, "郑伟");
        Map<String, Object> out = request(m, "OUT_OF_CITY", null);
        out.put("externalOrg", "中共上海市浦东新区张江镇委员会");
        out.put("externalRegion", "310115");
        out.put("externalAddress", "张江路 1 号");
        MvcTestResult r = post(branchAAdmin, "/api/transfers", out);
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        long id = body(r).get("id").asLong();
        assertThat(body(r).get("steps").findValuesAsString("orgName")).containsExactly("玉山镇党委", "中共昆山市委");

        post(town1Admin, "/api/transfers/" + id + "/approve", Map.of());
        JsonNode approved = body(post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of()));
        assertThat(approved.get("letter").get("validUntil").asString())
                .as("six months across provinces").isEqualTo(today().plusMonths(6).toString());
        JsonNode done = body(post(branchAAdmin, "/api/transfers/" + id + "/arrive", Map.of()));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void the_registering_side_may_cancel_and_members_and_auditors_only_read() {
        long m = member(branchA, "冯雪");
        long id = registerInCity(m, branchC);
        assertThat(post(branchCAdmin, "/api/transfers/" + id + "/cancel", Map.of()).getResponse().getStatus())
                .isEqualTo(403);
        JsonNode cancelled = body(post(branchAAdmin, "/api/transfers/" + id + "/cancel", Map.of("comment", "本人放弃")));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(count("SELECT COUNT(*) FROM transfer WHERE open_member_id = ?", m)).isZero();
    }

    @Test
    void a_member_arriving_from_outside_is_received_by_their_branch_after_the_city_and_town_approve() {
        long m = member(branchC, "高原");
        Map<String, Object> into = request(m, "INTO_CITY", null);
        into.put("externalOrg", "中共南京市玄武区委组织部");
        into.put("externalRegion", "320102");
        into.putAll(outsideLetter());
        MvcTestResult r = post(branchCAdmin, "/api/transfers", into);
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        long id = body(r).get("id").asLong();
        assertThat(body(r).get("steps").findValuesAsString("orgName")).containsExactly("中共昆山市委", "周市镇党委");
        post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of());
        post(town2Admin, "/api/transfers/" + id + "/approve", Map.of());
        JsonNode done = body(post(branchCAdmin, "/api/transfers/" + id + "/arrive", Map.of()));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.has("fromOrgId")).isFalse();
    }

    @Test
    void a_retried_registration_with_the_same_idempotency_key_registers_once() {
        long m = member(branchA, "蒋涛");
        Map<String, Object> body = request(m, "IN_CITY", branchB);
        MvcTestResult first = post(cityAdmin, "/api/transfers", body, "reg-" + m);
        MvcTestResult retry = post(cityAdmin, "/api/transfers", body, "reg-" + m);
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(retry).get("id").asString()).isEqualTo(body(first).get("id").asString());
        assertThat(count("SELECT COUNT(*) FROM transfer WHERE member_id = ?", m)).isEqualTo(1);
    }

    @Test
    void a_refusal_is_forbidden_with_the_reason_as_its_detail() {
        long m = member(branchA, "韦青");
        long id = registerInCity(m, branchC);
        String memberToken = memberToken(m, branchA);

        MvcTestResult byMember = post(memberToken, "/api/transfers/" + id + "/cancel", Map.of());
        assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(byMember).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(body(byMember).get("detail").asString()).contains("组织管理员");

        MvcTestResult notTheirStep = post(town2Admin, "/api/transfers/" + id + "/approve", Map.of());
        assertThat(body(notTheirStep).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(body(notTheirStep).get("detail").asString()).isEqualTo("当前审批环节不属于您的组织");

        MvcTestResult notTheirSide = post(branchCAdmin, "/api/transfers/" + id + "/cancel", Map.of());
        assertThat(body(notTheirSide).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(body(notTheirSide).get("detail").asString()).isEqualTo("只有办理转出的组织可以撤销转接");
        assertThat(body(get(cityAdmin, "/api/transfers/" + id)).get("status").asString()).isEqualTo("PENDING");
    }

    private Map<String, Object> request(long member, String kind, Long to) {
        Map<String, Object> r = new HashMap<>();
        r.put("memberId", String.valueOf(member));
        r.put("kind", kind);
        if (to != null) {
            r.put("toOrgId", String.valueOf(to));
        }
        r.put("reasonCode", "01");
        r.put("plannedDate", today().plusDays(3).toString());
        return r;
    }

    /** Into the city: the outside organisation's letter the member brings, as the receiving branch records it. */
    private Map<String, Object> outsideLetter() {
        return Map.of("outsideLetterNumber", "宁玄组转〔2026〕88号", "outsideLetterDate", today().minusDays(1).toString(),
                "outsideLetterIssuer", "中共南京市玄武区委组织部");
    }

    /** A member of {@code branch}, announced as member-service announces one, once this service's roster has them. */
    private long member(long branch, String name) {
        return known(jdbc, announceMember(branch, name));
    }

    /** Registers an in-city transfer of {@code member} to {@code toBranch} as the city administrator. */
    private long registerInCity(long member, long toBranch) {
        return ok(post(cityAdmin, "/api/transfers", inCity(member, toBranch, today()))).get("id").asLong();
    }
}
