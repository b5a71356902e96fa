package org.dangjian.member.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Clear ID and phone numbers: only with the right, only in scope, never cached, every attempt on record. */
class UnmaskTest extends TreeApiTest {
    private static final String REASON = "办理组织关系转接，核对身份证号";
    private static final Map<String, Object> WHY = Map.of("reason", REASON);

    @Test
    void anAdministratorInScopeReadsTheNumbersAndTheReadIsAudited() {
        String id = idNumber(LocalDate.of(1990, 3, 15), true);
        long memberId = register(member(branchA, "张三", "MALE", id, "13812345678", "1990-03-15")).get("id").asLong();
        String adminA = TestTokens.orgAdmin(71, branchA, pathOf(branchA));

        MvcTestResult clear = post(adminA, "/api/members/" + memberId + "/unmask", WHY);
        assertThat(clear).hasStatus(200);
        assertThat(body(clear).get("idNumber").asString()).isEqualTo(id);
        assertThat(body(clear).get("phone").asString()).isEqualTo("13812345678");
        assertThat(clear.getResponse().getHeader("Cache-Control")).contains("no-store");

        Map<String, Object> row = jdbc.queryForMap("SELECT actor_id, action, allowed, org_id, detail FROM sensitive_read_audit"
                + " WHERE subject_id = ?", memberId);
        assertThat(row.get("actor_id")).isEqualTo(71L);
        assertThat(row.get("action")).isEqualTo("UNMASK");
        assertThat(row.get("allowed")).isEqualTo(true);
        assertThat(row.get("org_id")).isEqualTo(branchA);
        assertThat(row.get("detail")).isEqualTo("办理组织关系转接，核对身份证号");
    }

    @Test
    void anUnmaskWithoutAReasonIsRefusedAtTheFieldAndShowsNothing() {
        long memberId = register(member(branchA, "赵六", "MALE", idNumber(LocalDate.of(1985, 8, 8), true), "13811112222",
                "1985-08-08")).get("id").asLong();
        String adminA = TestTokens.orgAdmin(75, branchA, pathOf(branchA));

        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("reason", " 看 "))) {
            MvcTestResult refused = post(adminA, "/api/members/" + memberId + "/unmask", body);
            assertThat(refused).hasStatus(400);
            assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("reason");
            assertThat(body(refused).toString()).doesNotContain("13811112222");
        }
        assertThat(post(adminA, "/api/members/" + memberId + "/unmask", null)).hasStatus(400);
    }

    @Test
    void withoutTheRightOrOutsideTheScopeNothingIsShownAndTheAttemptIsAudited() {
        long memberId = register(member(branchA, "李四", "FEMALE", idNumber(LocalDate.of(1980, 1, 1), false), "13900001111",
                "1980-01-01")).get("id").asLong();
        String uri = "/api/members/" + memberId + "/unmask";

        MvcTestResult auditor = post(auditorToken(root, "/" + root + "/"), uri, WHY);
        assertThat(auditor).hasStatus(403);
        assertThat(body(auditor).toString()).doesNotContain("13900001111");
        MvcTestResult otherBranch = post(TestTokens.orgAdmin(72, branchB, pathOf(branchB)), uri, WHY);
        assertThat(otherBranch).hasStatus(404);
        assertThat(body(otherBranch).get("code").asString()).isEqualTo("MEMBER_NOT_FOUND");
        MvcTestResult self = post(memberToken(memberId, branchA, pathOf(branchA)), uri, WHY);
        assertThat(self).hasStatus(403);

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT actor_id, allowed, detail FROM sensitive_read_audit"
                + " WHERE subject_id = ? ORDER BY id", memberId);
        assertThat(rows).extracting(r -> r.get("allowed")).containsOnly(false);
        assertThat(rows).extracting(r -> r.get("detail"))
                .containsExactly("NO_UNMASK_RIGHT: " + REASON, "NOT_FOUND_OR_OUT_OF_SCOPE: " + REASON, "NO_UNMASK_RIGHT: " + REASON);
        assertThat(rows.get(1).get("actor_id")).isEqualTo(72L);
    }

    @Test
    void theCityAdministratorAndAuditorsInScopeReviewWhoLookedAtWhom() {
        long memberId = register(member(branchA, "王五", "MALE", idNumber(LocalDate.of(1975, 5, 5), true), null,
                "1975-05-05")).get("id").asLong();
        post(cityAdmin, "/api/members/" + memberId + "/unmask", WHY);
        post(TestTokens.orgAdmin(73, branchB, pathOf(branchB)), "/api/members/" + memberId + "/unmask", WHY);

        JsonNode all = body(get(cityAdmin, "/api/members/audit/sensitive-reads?memberId=" + memberId));
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("allowed").asBoolean()).isFalse();
        assertThat(all.get("items").get(0).get("actorId").asString()).isEqualTo("73");
        assertThat(all.get("items").get(1).get("actorUsername").asString()).isEqualTo("admin");
        assertThat(all.get("items").get(1).get("detail").asString()).isEqualTo(REASON);

        String town1Auditor = auditorToken(town1, "/" + root + "/" + town1 + "/");
        assertThat(body(get(town1Auditor, "/api/members/audit/sensitive-reads?memberId=" + memberId)).get("total").asInt())
                .isEqualTo(2);
        String town2Auditor = auditorToken(town2, "/" + root + "/" + town2 + "/");
        assertThat(body(get(town2Auditor, "/api/members/audit/sensitive-reads?memberId=" + memberId)).get("total").asInt())
                .isZero();
        assertThat(get(TestTokens.orgAdmin(74, branchA, pathOf(branchA)), "/api/members/audit/sensitive-reads")).hasStatus(403);
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
