package org.dangjian.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.dangjian.member.record.IdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_member")
class MemberApiTest {
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 900_000) * 1000);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventOutbox outbox;
    @Autowired
    TransactionTemplate tx;

    long root;
    long town1;
    long town2;
    long branchA;
    long branchB;
    String cityAdmin;

    /** The tree arrives as org-service would send it: events through Kafka into the inbox. */
    @BeforeEach
    void tree() {
        root = IDS.incrementAndGet();
        town1 = IDS.incrementAndGet();
        town2 = IDS.incrementAndGet();
        branchA = IDS.incrementAndGet();
        branchB = IDS.incrementAndGet();
        String r = "/" + root + "/";
        publish(new OrgCreated(root, null, r, null, "市委", "COMMITTEE", "GOVERNMENT"));
        publish(new OrgCreated(town1, root, r + town1 + "/", null, "玉山镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(town2, root, r + town2 + "/", null, "周市镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(branchA, town1, r + town1 + "/" + branchA + "/", null, "A支部", "BRANCH", "VILLAGE"));
        publish(new OrgCreated(branchB, town1, r + town1 + "/" + branchB + "/", null, "B支部", "BRANCH", "VILLAGE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> knownOrg(branchB));
        cityAdmin = TestTokens.cityAdmin(root, r);
    }

    @Test
    void registeredMemberIsReturnedMaskedAndStoredEncrypted() {
        String id = idNumber(LocalDate.of(1990, 3, 15), true);
        MvcTestResult created = post(cityAdmin, member(branchA, "张三", "MALE", id, "13812345678", "1990-03-15"), null);
        assertThat(created).hasStatus(201);
        JsonNode body = body(created);
        assertThat(body.get("id").isString()).isTrue();
        assertThat(body.get("idNumber").asString()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(body.get("phone").asString()).isEqualTo("138****5678");

        Map<String, Object> row = jdbc.queryForMap("SELECT id_number_enc, phone_enc FROM member WHERE id = ?",
                body.get("id").asLong());
        assertThat(row.get("id_number_enc").toString()).doesNotContain(id.substring(6, 14));
        assertThat(row.get("phone_enc").toString()).doesNotContain("12345678");

        JsonNode read = body(get("/api/members/" + body.get("id").asString(), cityAdmin));
        assertThat(read.get("name").asString()).isEqualTo("张三");

        Integer events = jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.member.registered.v1'"
                + " AND aggregate_id = ?", Integer.class, body.get("id").asString());
        assertThat(events).isEqualTo(1);
    }

    @Test
    void malformedMemberNamesEachBadField() {
        String bad = idNumber(LocalDate.of(1985, 1, 2), true);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        Map<String, Object> m = member(branchA, "", "MALE", bad, "1381234", "1985-01-02");
        MvcTestResult refused = post(cityAdmin, m, null);
        assertThat(refused).hasStatus(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").findValuesAsString("field")).contains("name", "idNumber", "phone");
    }

    @Test
    void birthDateAndGenderMustAgreeWithTheIdNumber() {
        String id = idNumber(LocalDate.of(1992, 7, 1), false);
        MvcTestResult refused = post(cityAdmin, member(branchA, "李四", "MALE", id, null, "1992-07-02"), null);
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("birthDate", "gender");
    }

    @Test
    void theSameIdNumberCannotBeRegisteredTwice() {
        String id = idNumber(LocalDate.of(1980, 5, 5), true);
        assertThat(post(cityAdmin, member(branchA, "王五", "MALE", id, null, "1980-05-05"), null)).hasStatus(201);
        MvcTestResult again = post(cityAdmin, member(branchB, "王五", "MALE", id.toLowerCase(), null, "1980-05-05"), null);
        assertThat(again).hasStatus(409);
        assertThat(body(again).get("code").asString()).isEqualTo("MEMBER_ID_NUMBER_EXISTS");
    }

    @Test
    void aBranchAdminNeverSeesAnotherBranchsMembers() {
        String idA = idNumber(LocalDate.of(1975, 10, 1), true);
        long memberA = body(post(cityAdmin, member(branchA, "赵六", "MALE", idA, null, "1975-10-01"), null)).get("id").asLong();
        String adminB = TestTokens.orgAdmin(77, branchB, "/" + root + "/" + town1 + "/" + branchB + "/");

        MvcTestResult hidden = mvc.get().uri("/api/members/" + memberA).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminB).exchange();
        assertThat(hidden).hasStatus(404);
        assertThat(body(hidden).get("code").asString()).isEqualTo("MEMBER_NOT_FOUND");
        assertThat(body(get("/api/members", adminB)).get("items").findValuesAsString("id")).doesNotContain(String.valueOf(memberA));
        assertThat(mvc.get().uri("/api/members?orgId=" + branchA).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminB)).hasStatus(404);
        MvcTestResult intoA = post(adminB, member(branchA, "越权", "MALE", idNumber(LocalDate.of(1970, 1, 1), true), null, "1970-01-01"), null);
        assertThat(intoA).hasStatus(400);
    }

    @Test
    void subtreeListingFollowsAMoveOfTheBranch() {
        String id = idNumber(LocalDate.of(1988, 8, 8), false);
        long m = body(post(cityAdmin, member(branchA, "钱七", "FEMALE", id, null, "1988-08-08"), null)).get("id").asLong();
        assertThat(ids(body(get("/api/members?orgId=" + town1 + "&subtree=true", cityAdmin)))).contains(m);
        assertThat(ids(body(get("/api/members?orgId=" + town2 + "&subtree=true", cityAdmin)))).doesNotContain(m);

        String oldPath = "/" + root + "/" + town1 + "/" + branchA + "/";
        String newPath = "/" + root + "/" + town2 + "/" + branchA + "/";
        publish(new OrgMoved(branchA, town1, town2, oldPath, newPath));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(body(get("/api/members?orgId=" + town2 + "&subtree=true", cityAdmin)))).contains(m));
        assertThat(ids(body(get("/api/members?orgId=" + town1 + "&subtree=true", cityAdmin)))).doesNotContain(m);
        String adminTown2 = TestTokens.orgAdmin(78, town2, "/" + root + "/" + town2 + "/");
        assertThat(get("/api/members/" + m, adminTown2)).hasStatus(200);
    }

    @Test
    void aDissolvedBranchTakesNoNewMembers() {
        publish(new org.dangjian.contracts.org.OrgDissolved(branchB, town1, "/" + root + "/" + town1 + "/" + branchB + "/"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "DISSOLVED".equals(
                jdbc.queryForObject("SELECT status FROM org_ref WHERE org_id = ?", String.class, branchB)));
        MvcTestResult refused = post(cityAdmin, member(branchB, "吴九", "MALE", idNumber(LocalDate.of(1991, 1, 1), true), null,
                "1991-01-01"), null);
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("orgId");
        assertThat(body(refused).get("errors").get(0).get("message").asString()).contains("撤销");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyRegistersOnce() {
        String id = idNumber(LocalDate.of(1995, 2, 28), true);
        Map<String, Object> m = member(branchA, "孙八", "MALE", id, null, "1995-02-28");
        MvcTestResult first = post(cityAdmin, m, "retry-" + id);
        MvcTestResult second = post(cityAdmin, m, "retry-" + id);
        assertThat(first).hasStatus(201);
        assertThat(second).hasStatus(201);
        assertThat(body(second).get("id").asString()).isEqualTo(body(first).get("id").asString());
        assertThat(second.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void listsArePagedWithTotals() {
        for (int i = 0; i < 3; i++) {
            post(cityAdmin, member(branchB, "周" + i, "FEMALE", idNumber(LocalDate.of(1960 + i, 1, 1), false), null,
                    (1960 + i) + "-01-01"), null);
        }
        JsonNode page = body(get("/api/members?orgId=" + branchB + "&subtree=false&page=1&size=2", cityAdmin));
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isEqualTo(1);
    }

    private boolean knownOrg(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM org_ref WHERE org_id = ?", Integer.class, id) == 1;
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> outbox.add((org.dangjian.contracts.IntegrationEvent) event));
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").findValuesAsString("id").stream().map(Long::valueOf).toList();
    }

    private static String idNumber(LocalDate birth, boolean male) {
        int seq = ThreadLocalRandom.current().nextInt(10, 99) * 10 + (male ? 1 : 2);
        String first17 = "320583" + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
        return IdNumbers.withCheckDigit(first17);
    }

    private static Map<String, Object> member(long orgId, String name, String gender, String id, String phone, String birth) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", String.valueOf(orgId));
        m.put("name", name);
        m.put("gender", gender);
        m.put("idNumber", id);
        if (phone != null) {
            m.put("phone", phone);
        }
        m.put("birthDate", birth);
        m.put("joinDate", LocalDate.parse(birth).plusYears(25).toString());
        m.put("status", "FULL");
        return m;
    }

    private MvcTestResult post(String token, Object payload, String idempotencyKey) {
        var request = mvc.post().uri("/api/members").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).content(json.writeValueAsString(payload));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.exchange();
    }

    private MvcTestResult get(String uri, String token) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
