package org.dangjian.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Registering and reading members: masking, validation, uniqueness, scope, moves, idempotency, paging. */
class MemberApiTest extends TreeApiTest {

    @Test
    void registeredMemberIsReturnedMaskedAndStoredEncrypted() {
        String id = idNumber(LocalDate.of(1990, 3, 15), true);
        MvcTestResult created = post(cityAdmin, "/api/members", member(branchA, "张三", "MALE", id, "13812345678", "1990-03-15"));
        assertThat(created).hasStatus(201);
        JsonNode body = body(created);
        assertThat(body.get("id").isString()).isTrue();
        assertThat(body.get("idNumber").asString()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(body.get("phone").asString()).isEqualTo("138****5678");

        Map<String, Object> row = jdbc.queryForMap("SELECT id_number_enc, phone_enc FROM member WHERE id = ?",
                body.get("id").asLong());
        assertThat(row.get("id_number_enc").toString()).doesNotContain(id.substring(6, 14));
        assertThat(row.get("phone_enc").toString()).doesNotContain("12345678");

        JsonNode read = body(get(cityAdmin, "/api/members/" + body.get("id").asString()));
        assertThat(read.get("name").asString()).isEqualTo("张三");

        Integer events = jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.member.registered.v2'"
                + " AND aggregate_id = ?", Integer.class, body.get("id").asString());
        assertThat(events).isEqualTo(1);
    }

    @Test
    void malformedMemberNamesEachBadField() {
        String bad = idNumber(LocalDate.of(1985, 1, 2), true);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        Map<String, Object> m = member(branchA, "", "MALE", bad, "1381234", "1985-01-02");
        MvcTestResult refused = post(cityAdmin, "/api/members", m);
        assertThat(refused).hasStatus(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").findValuesAsString("field")).contains("name", "idNumber", "phone");
    }

    @Test
    void birthDateAndGenderMustAgreeWithTheIdNumber() {
        String id = idNumber(LocalDate.of(1992, 7, 1), false);
        MvcTestResult refused = post(cityAdmin, "/api/members", member(branchA, "李四", "MALE", id, null, "1992-07-02"));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("birthDate", "gender");
    }

    @Test
    void theSameIdNumberCannotBeRegisteredTwice() {
        String id = idNumber(LocalDate.of(1980, 5, 5), true);
        assertThat(post(cityAdmin, "/api/members", member(branchA, "王五", "MALE", id, null, "1980-05-05"))).hasStatus(201);
        MvcTestResult again = post(cityAdmin, "/api/members", member(branchB, "王五", "MALE", id.toLowerCase(), null, "1980-05-05"));
        assertThat(again).hasStatus(409);
        assertThat(body(again).get("code").asString()).isEqualTo("MEMBER_ID_NUMBER_EXISTS");
    }

    @Test
    void anIdNumberHeldOutsideTheCallersSubtreeIsRefusedWithoutSayingAMemberHasItAndTheAttemptIsAudited() {
        String id = idNumber(LocalDate.of(1979, 4, 9), true);
        long holder = body(post(cityAdmin, "/api/members", member(branchA, "孙八", "MALE", id, null, "1979-04-09"))).get("id").asLong();
        String adminB = TestTokens.orgAdmin(79, branchB, "/" + root + "/" + town1 + "/" + branchB + "/");

        MvcTestResult refused = post(adminB, "/api/members", member(branchB, "孙八", "MALE", id, null, "1979-04-09"));

        assertThat(refused).hasStatus(409);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("MEMBER_ID_NUMBER_NOT_ACCEPTED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
        // the trace id is random hex and may hold the holder's digits by chance
        String said = problem.toString().replace(problem.path("traceId").asString(""), "");
        assertThat(said).doesNotContain("已存在").doesNotContain(String.valueOf(holder)).contains("转接");
        Map<String, Object> audit = jdbc.queryForMap("SELECT actor_id, action, allowed, detail FROM sensitive_read_audit"
                + " WHERE subject_id = ? ORDER BY id DESC LIMIT 1", holder);
        assertThat(audit).containsEntry("actor_id", 79L).containsEntry("action", "ID_NUMBER_HELD_ELSEWHERE")
                .containsEntry("detail", "CREATE");
        assertThat(audit.get("allowed")).isIn(false, 0, (byte) 0);
    }

    @Test
    void aBranchAdminNeverSeesAnotherBranchsMembers() {
        String idA = idNumber(LocalDate.of(1975, 10, 1), true);
        long memberA = body(post(cityAdmin, "/api/members", member(branchA, "赵六", "MALE", idA, null, "1975-10-01"))).get("id").asLong();
        String adminB = TestTokens.orgAdmin(77, branchB, "/" + root + "/" + town1 + "/" + branchB + "/");

        MvcTestResult hidden = mvc.get().uri("/api/members/" + memberA).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminB).exchange();
        assertThat(hidden).hasStatus(404);
        assertThat(body(hidden).get("code").asString()).isEqualTo("MEMBER_NOT_FOUND");
        assertThat(body(get(adminB, "/api/members")).get("items").findValuesAsString("id")).doesNotContain(String.valueOf(memberA));
        assertThat(mvc.get().uri("/api/members?orgId=" + branchA).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminB)).hasStatus(404);
        MvcTestResult intoA = post(adminB, "/api/members", member(branchA, "越权", "MALE", idNumber(LocalDate.of(1970, 1, 1), true), null, "1970-01-01"));
        assertThat(intoA).hasStatus(400);
    }

    @Test
    void subtreeListingFollowsAMoveOfTheBranch() {
        String id = idNumber(LocalDate.of(1988, 8, 8), false);
        long m = body(post(cityAdmin, "/api/members", member(branchA, "钱七", "FEMALE", id, null, "1988-08-08"))).get("id").asLong();
        assertThat(ids(body(get(cityAdmin, "/api/members?orgId=" + town1 + "&subtree=true")))).contains(m);
        assertThat(ids(body(get(cityAdmin, "/api/members?orgId=" + town2 + "&subtree=true")))).doesNotContain(m);

        String oldPath = "/" + root + "/" + town1 + "/" + branchA + "/";
        String newPath = "/" + root + "/" + town2 + "/" + branchA + "/";
        publish(new OrgMoved(branchA, town1, town2, oldPath, newPath));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(body(get(cityAdmin, "/api/members?orgId=" + town2 + "&subtree=true")))).contains(m));
        assertThat(ids(body(get(cityAdmin, "/api/members?orgId=" + town1 + "&subtree=true")))).doesNotContain(m);
        String adminTown2 = TestTokens.orgAdmin(78, town2, "/" + root + "/" + town2 + "/");
        assertThat(get(adminTown2, "/api/members/" + m)).hasStatus(200);
    }

    @Test
    void aDissolvedBranchTakesNoNewMembers() {
        publish(new org.dangjian.contracts.org.OrgDissolved(branchB, town1, "/" + root + "/" + town1 + "/" + branchB + "/"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DISSOLVED".equals(
                jdbc.queryForObject("SELECT status FROM org_ref WHERE org_id = ?", String.class, branchB)));
        MvcTestResult refused = post(cityAdmin, "/api/members", member(branchB, "吴九", "MALE", idNumber(LocalDate.of(1991, 1, 1), true), null,
                "1991-01-01"));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("orgId");
        assertThat(body(refused).get("errors").get(0).get("message").asString()).contains("撤销");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyRegistersOnce() {
        String id = idNumber(LocalDate.of(1995, 2, 28), true);
        Map<String, Object> m = member(branchA, "孙八", "MALE", id, null, "1995-02-28");
        MvcTestResult first = post(cityAdmin, "/api/members", m, "retry-" + id);
        MvcTestResult second = post(cityAdmin, "/api/members", m, "retry-" + id);
        assertThat(first).hasStatus(201);
        assertThat(second).hasStatus(201);
        assertThat(body(second).get("id").asString()).isEqualTo(body(first).get("id").asString());
        assertThat(second.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void listsArePagedWithTotals() {
        for (int i = 0; i < 3; i++) {
            post(cityAdmin, "/api/members", member(branchB, "周" + i, "FEMALE", idNumber(LocalDate.of(1960 + i, 1, 1), false), null,
                    (1960 + i) + "-01-01"));
        }
        JsonNode page = body(get(cityAdmin, "/api/members?orgId=" + branchB + "&subtree=false&page=1&size=2"));
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isEqualTo(1);
    }
}
