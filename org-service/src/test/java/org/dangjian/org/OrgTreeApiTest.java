package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The organisation tree in full: edits with history, dissolving, scoped tree reads, search and stats. */
@TestPropertySource(properties = "dj.admin.password=" + OrgApiTest.ADMIN_PASSWORD)
class OrgTreeApiTest extends ServiceApiTest {
    /** member-service and transfer-service, found through discovery: by default nobody and nothing under way. */
    static final WireMockServer NEIGHBOURS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry registry) {
        if (!NEIGHBOURS.isRunning()) {
            NEIGHBOURS.start();
        }
        String uri = "http://127.0.0.1:" + NEIGHBOURS.port();
        registry.add("spring.cloud.discovery.client.simple.instances.member-service[0].uri", () -> uri);
        registry.add("spring.cloud.discovery.client.simple.instances.transfer-service[0].uri", () -> uri);
    }

    @BeforeEach
    void nobodyElsewhere() {
        NEIGHBOURS.resetAll();
        NEIGHBOURS.stubFor(WireMock.get(WireMock.urlPathMatching("/internal/orgs/(\\d+)/members"))
                .willReturn(WireMock.okJson("{\"orgId\":\"0\",\"members\":0}")));
        NEIGHBOURS.stubFor(WireMock.get(WireMock.urlPathMatching("/internal/orgs/(\\d+)/open-transfers"))
                .willReturn(WireMock.okJson("{\"orgId\":\"0\",\"transfers\":0}")));
    }

    String admin;
    long rootId;
    /** Codes and usernames are unique across the whole test database. */
    String run;

    @BeforeEach
    void signIn() {
        admin = ok(post(null, "/api/auth/login", Credentials.of("admin", OrgApiTest.ADMIN_PASSWORD))).get("accessToken").asString();
        rootId = ok(get(admin, "/api/auth/me")).get("orgId").asLong();
        run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    @Test
    void patchChangesDetailsKeepsHistoryMasksThePhoneAndAnnouncesTheChange() {
        JsonNode town = createOrg(admin, rootId, "陆家镇党委", "COMMITTEE", "TOWN", Map.of("code", "320583-LJ" + run));
        String id = town.get("id").asString();

        MvcTestResult patched = patch(admin, "/api/orgs/" + id, Map.of(
                "name", "陆家镇委员会", "shortName", "陆家", "code", "320583-LJZ" + run, "sortOrder", 3,
                "phone", "13812345678", "foundingDate", "1950-07-01"));
        assertThat(patched).hasStatus(200);
        JsonNode org = body(patched);
        assertThat(org.get("name").asString()).isEqualTo("陆家镇委员会");
        assertThat(org.get("pinyinInitials").asString()).isEqualTo("LJZWYH");
        assertThat(org.get("code").asString()).isEqualTo("320583-LJZ" + run);
        assertThat(org.get("phone").asString()).isEqualTo("138****5678");
        assertThat(org.get("foundingDate").asString()).isEqualTo("1950-07-01");
        assertThat(ok(get(admin, "/api/orgs/" + id)).get("phone").asString()).isEqualTo("138****5678");

        Map<String, Object> stored = jdbc.queryForMap("SELECT phone_enc, phone_idx, phone_masked FROM org_unit WHERE id = ?", id);
        assertThat((String) stored.get("phone_enc")).isNotBlank().doesNotContain("13812345678");
        assertThat((String) stored.get("phone_idx")).hasSize(64);
        assertThat(stored.get("phone_masked")).isEqualTo("138****5678");

        JsonNode history = ok(get(admin, "/api/orgs/" + id + "/history"));
        JsonNode rename = find(history, "field", "name");
        assertThat(rename.get("kind").asString()).isEqualTo("RENAME");
        assertThat(rename.get("oldValue").asString()).isEqualTo("陆家镇党委");
        assertThat(rename.get("newValue").asString()).isEqualTo("陆家镇委员会");
        assertThat(rename.get("changedBy").asString()).isNotBlank();
        assertThat(rename.get("changedAt").asString()).isNotBlank();
        JsonNode phone = find(history, "field", "phone");
        assertThat(phone.get("kind").asString()).isEqualTo("CHANGE");
        assertThat(phone.get("newValue").asString()).as("history keeps phones masked").isEqualTo("138****5678");
        assertThat(find(history, "field", "code").get("oldValue").asString()).isEqualTo("320583-LJ" + run);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_change WHERE org_id = ? AND (old_value LIKE '%12345678%'"
                + " OR new_value LIKE '%12345678%')", Integer.class, id)).isZero();

        JsonNode event = outboxPayload("dj.org.updated.v1", id);
        assertThat(event.get("name").asString()).isEqualTo("陆家镇委员会");
        assertThat(event.get("path").asString()).isEqualTo(town.get("path").asString());
        assertThat(event.get("changed").toString()).contains("name", "code", "phone");
        assertThat(event.toString()).doesNotContain("13812345678").doesNotContain("138****5678");

        int entries = history.size();
        assertThat(patch(admin, "/api/orgs/" + id, Map.of("name", "陆家镇委员会"))).hasStatus(200);
        assertThat(ok(get(admin, "/api/orgs/" + id + "/history")).size()).as("no change, no history").isEqualTo(entries);

        MvcTestResult cleared = patch(admin, "/api/orgs/" + id, Map.of("phone", "", "shortName", ""));
        assertThat(body(cleared).has("phone") && !body(cleared).get("phone").isNull()).isFalse();
        assertThat(jdbc.queryForObject("SELECT phone_enc FROM org_unit WHERE id = ?", String.class, id)).isNull();
    }

    @Test
    void patchValidatesEachFieldAndKeepsCodesUnique() {
        JsonNode a = createOrg(admin, rootId, "锦溪镇党委", "COMMITTEE", "TOWN", Map.of("code", "320583-JX" + run));
        JsonNode b = createOrg(admin, rootId, "周庄镇党委", "COMMITTEE", "TOWN", Map.of());
        createOrg(admin, a.get("id").asLong(), "锦溪一支部", "BRANCH", "VILLAGE", Map.of());

        MvcTestResult bad = patch(admin, "/api/orgs/" + b.get("id").asString(),
                Map.of("phone", "12345", "name", "  ", "code", "有 空格"));
        assertThat(bad).hasStatus(400);
        assertThat(body(bad).get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(body(bad).get("errors").findValuesAsString("field")).contains("phone", "name", "code");
        assertThat(find(body(bad).get("errors"), "field", "phone").get("message").asString()).contains("联系电话");

        MvcTestResult taken = patch(admin, "/api/orgs/" + b.get("id").asString(), Map.of("code", "320583-JX" + run));
        assertThat(taken).hasStatus(409);
        assertThat(body(taken).get("code").asString()).isEqualTo("ORG_CODE_EXISTS");

        MvcTestResult typeChange = patch(admin, "/api/orgs/" + a.get("id").asString(), Map.of("type", "BRANCH"));
        assertThat(typeChange).hasStatus(400);
        assertThat(body(typeChange).get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(patch(admin, "/api/orgs/" + a.get("id").asString(), Map.of("type", "WORKING_COMMITTEE")))
                .hasStatus(200);
        assertThat(patch(admin, "/api/orgs/" + b.get("id").asString(), Map.of("type", "BRANCH")))
                .as("an empty organisation may become a branch").hasStatus(200);
    }

    @Test
    void organisationCodesFollowOneFormat() {
        JsonNode town = createOrg(admin, rootId, "花桥镇党委", "COMMITTEE", "TOWN", Map.of("code", "320583-HQ" + run));
        assertThat(town.get("code").asString()).isEqualTo("320583-HQ" + run);

        for (String bad : List.of("KS-HQ" + run, "320583", "320583-hq" + run, "320583_HQ" + run, "320583-HQ--1")) {
            MvcTestResult refused = post(admin, "/api/orgs", Map.of("parentId", String.valueOf(rootId),
                    "name", "编码有误的党委", "type", "COMMITTEE", "category", "TOWN", "code", bad));
            assertThat(refused).as(bad).hasStatus(400);
            assertThat(find(body(refused).get("errors"), "field", "code").get("message").asString())
                    .contains("320583-ZS-V001-2");
        }
        MvcTestResult unknownRegion = patch(admin, "/api/orgs/" + town.get("id").asString(),
                Map.of("code", "329999-HQ" + run));
        assertThat(unknownRegion).hasStatus(400);
        assertThat(body(unknownRegion).get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(body(unknownRegion).get("errors").get(0).get("message").asString()).contains("GB/T 2260");
    }

    @Test
    void stateOwnedEnterpriseIsAnOrganisationCategory() {
        JsonNode soe = createOrg(admin, rootId, "市国资系统党委", "COMMITTEE", "STATE_OWNED_ENTERPRISE", Map.of());
        assertThat(soe.get("category").asString()).isEqualTo("STATE_OWNED_ENTERPRISE");
        assertThat(soe.get("categoryLabel").asString()).isEqualTo("国有企业");
        JsonNode school = createOrg(admin, rootId, "市教育系统党委", "COMMITTEE", "SCHOOL", Map.of());
        assertThat(school.get("categoryLabel").asString()).isEqualTo("学校");
    }

    @Test
    void theSecretaryIsNotPickedByHandButTakenFromTheAppointmentsInCadres() {
        JsonNode town = createOrg(admin, rootId, "周庄镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode branch = createOrg(admin, town.get("id").asLong(), "周庄古镇支部", "BRANCH", "COMMUNITY", Map.of());
        long member = registerMember(branch, "沈万三");
        String branchId = branch.get("id").asString();

        for (String value : List.of(String.valueOf(member), "")) {
            MvcTestResult picked = patch(admin, "/api/orgs/" + branchId, Map.of("secretaryMemberId", value));
            assertThat(picked).as("picking or clearing by hand, '" + value + "'").hasStatus(400);
            assertThat(body(picked).get("errors").get(0).get("field").asString()).isEqualTo("secretaryMemberId");
            assertThat(body(picked).get("errors").get(0).get("message").asString()).contains("基层干部");
        }
        JsonNode after = ok(get(admin, "/api/orgs/" + branchId));
        assertThat(after.path("secretary").isNull() || after.path("secretary").isMissingNode()).isTrue();
        assertThat(ok(get(admin, "/api/orgs/" + branchId + "/history")).size()).as("nothing was written").isZero();
    }

    @Test
    void theSecretaryCadreServiceAppointsIsShownAndClearedWhenTheyLeave() {
        JsonNode town = createOrg(admin, rootId, "千灯镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode village = createOrg(admin, town.get("id").asLong(), "歇马桥村党支部", "BRANCH", "VILLAGE", Map.of());
        long orgId = village.get("id").asLong();
        String path = village.get("path").asString();
        long member = registerMember(village, "顾炎武");
        LocalDate start = LocalDate.of(2024, 1, 5);

        tx.executeWithoutResult(s -> outbox.add(new CadreAppointmentChanged(1L, 11L, member, "顾炎武", orgId, path,
                "SECRETARY", start, null, true)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "顾炎武".equals(
                ok(get(admin, "/api/orgs/" + orgId)).path("secretary").asString(null)));
        assertThat(ok(get(admin, "/api/orgs/" + orgId)).get("secretaryMemberId").asString()).isEqualTo(String.valueOf(member));
        assertThat(find(ok(get(admin, "/api/orgs/" + orgId + "/history")), "field", "secretary").get("newValue").asString())
                .isEqualTo("顾炎武");

        // a deputy's appointment is cadre-service's own; the secretary leaving clears the organisation's secretary
        tx.executeWithoutResult(s -> {
            outbox.add(new CadreAppointmentChanged(2L, 12L, null, "王副书记", orgId, path, "DEPUTY_SECRETARY", start,
                    null, true));
            outbox.add(new CadreAppointmentChanged(1L, 11L, member, "顾炎武", orgId, path, "SECRETARY", start,
                    LocalDate.of(2026, 1, 5), false));
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> ok(get(admin, "/api/orgs/" + orgId)).path("secretary")
                .asString(null) == null);
    }

    /** As member-service announces a registration; org-service gives the member an account in the branch. */
    private long registerMember(JsonNode branch, String name) {
        long memberId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        tx.executeWithoutResult(s -> outbox.add(new MemberRegistered(memberId, branch.get("id").asLong(),
                branch.get("path").asString(), name, "MALE", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 7, 1), "FULL")));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM account WHERE member_id = ?", Integer.class, memberId) == 1);
        return memberId;
    }

    @Test
    void historyListsMovesBesideRenames() {
        JsonNode town1 = createOrg(admin, rootId, "千灯镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode town2 = createOrg(admin, rootId, "张浦镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode branch = createOrg(admin, town1.get("id").asLong(), "金谷支部", "BRANCH", "ENTERPRISE", Map.of());
        String id = branch.get("id").asString();
        assertThat(post(admin, "/api/orgs/" + id + "/move", Map.of("newParentId", town2.get("id").asString())))
                .hasStatus(200);
        assertThat(patch(admin, "/api/orgs/" + id, Map.of("name", "金谷村党支部"))).hasStatus(200);

        JsonNode history = ok(get(admin, "/api/orgs/" + id + "/history"));
        assertThat(history.findValuesAsString("kind")).containsExactly("RENAME", "MOVE");
        JsonNode move = history.get(1);
        assertThat(move.get("oldValue").asString()).isEqualTo(town1.get("id").asString());
        assertThat(move.get("newValue").asString()).isEqualTo(town2.get("id").asString());
        assertThat(move.get("newPath").asString()).isEqualTo(town2.get("path").asString() + id + "/");
    }

    @Test
    void dissolvingIsRefusedWhileChildrenRemainAndMakesTheOrganisationReadOnly() {
        JsonNode town = createOrg(admin, rootId, "花桥镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode branch = createOrg(admin, town.get("id").asLong(), "花桥一支部", "BRANCH", "COMMUNITY", Map.of());
        String townId = town.get("id").asString();

        MvcTestResult refused = post(admin, "/api/orgs/" + townId + "/dissolve", Map.of());
        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("code").asString()).isEqualTo("ORG_HAS_CHILDREN");
        assertThat(body(refused).get("title").asString()).contains("下级组织");

        MvcTestResult branchGone = post(admin, "/api/orgs/" + branch.get("id").asString() + "/dissolve", Map.of());
        assertThat(branchGone).hasStatus(200);
        assertThat(body(branchGone).get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(body(branchGone).get("statusLabel").asString()).isEqualTo("已撤销");

        MvcTestResult townGone = post(admin, "/api/orgs/" + townId + "/dissolve", Map.of());
        assertThat(townGone).as("a dissolved child no longer counts").hasStatus(200);
        assertThat(ok(get(admin, "/api/orgs/" + townId)).get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.org.dissolved.v1'"
                + " AND aggregate_id = ?", Integer.class, townId)).isEqualTo(1);
        assertThat(find(ok(get(admin, "/api/orgs/" + townId + "/history")), "field", "status").get("kind").asString())
                .isEqualTo("DISSOLVE");

        MvcTestResult child = post(admin, "/api/orgs", Map.of("parentId", townId, "name", "迟到的支部",
                "type", "BRANCH", "category", "VILLAGE"));
        assertThat(child).hasStatus(400);
        assertThat(body(child).get("errors").get(0).get("field").asString()).isEqualTo("parentId");
        MvcTestResult edit = patch(admin, "/api/orgs/" + townId, Map.of("name", "花桥镇新党委"));
        assertThat(edit).hasStatus(409);
        assertThat(body(edit).get("code").asString()).isEqualTo("ORG_DISSOLVED");
        assertThat(post(admin, "/api/orgs/" + townId + "/dissolve", Map.of())).hasStatus(409);
    }

    @Test
    void noAccountIsCreatedInOrMovedIntoADissolvedOrganisation() {
        long run = System.nanoTime() % 1_000_000;
        JsonNode town = createOrg(admin, rootId, "锦溪镇党委" + run, "COMMITTEE", "TOWN", Map.of("code", "320583-JX" + run));
        JsonNode gone = createOrg(admin, town.get("id").asLong(), "锦溪老街支部", "BRANCH", "COMMUNITY", Map.of());
        String clerk = "jx" + run;
        MvcTestResult created = post(admin, "/api/auth/accounts", Map.of("username", clerk, "password", OrgApiTest.STRONG,
                "orgId", town.get("id").asString(), "roles", List.of("ORG_ADMIN")));
        assertThat(created).hasStatus(201);
        assertThat(post(admin, "/api/orgs/" + gone.get("id").asString() + "/dissolve", Map.of())).hasStatus(200);

        MvcTestResult createdThere = post(admin, "/api/auth/accounts", Map.of("username", clerk + "x",
                "password", OrgApiTest.STRONG, "orgId", gone.get("id").asString(), "roles", List.of("ORG_ADMIN")));
        assertThat(createdThere).hasStatus(400);
        assertThat(body(createdThere).get("errors").get(0).get("field").asString()).isEqualTo("orgId");
        assertThat(body(createdThere).get("errors").get(0).get("message").asString())
                .isEqualTo("该组织已撤销，不能在其中设立或移入账号");
        MvcTestResult movedThere = patch(admin, "/api/auth/accounts/" + body(created).get("id").asString(),
                Map.of("orgId", gone.get("id").asString()));
        assertThat(movedThere).hasStatus(400);
        assertThat(body(movedThere).get("errors").get(0).get("message").asString())
                .isEqualTo("该组织已撤销，不能在其中设立或移入账号");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE org_id = ?", Integer.class,
                gone.get("id").asLong())).isZero();
    }

    @Test
    void aMemberAddedSecondsBeforeStopsTheDissolvingThoughItsEventHasNotArrived() {
        JsonNode branch = createOrg(admin, rootId, "千灯新支部", "BRANCH", "COMMUNITY", Map.of());
        long branchId = branch.get("id").asLong();
        NEIGHBOURS.stubFor(WireMock.get("/internal/orgs/" + branchId + "/members")
                .willReturn(WireMock.okJson("{\"orgId\":\"" + branchId + "\",\"members\":1}")));
        assertThat(members(branchId)).as("org-service's own count has not heard of the member yet").isZero();

        MvcTestResult refused = post(admin, "/api/orgs/" + branchId + "/dissolve", Map.of());

        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("code").asString()).isEqualTo("ORG_HAS_MEMBERS");
        assertThat(ok(get(admin, "/api/orgs/" + branchId)).get("status").asString()).isEqualTo("ACTIVE");
        NEIGHBOURS.verify(WireMock.getRequestedFor(WireMock.urlEqualTo("/internal/orgs/" + branchId + "/members"))
                .withHeader("Authorization", WireMock.matching("Bearer .+")));
    }

    @Test
    void aTransferStillUnderWayStopsTheDissolving() {
        JsonNode branch = createOrg(admin, rootId, "锦溪转接支部", "BRANCH", "COMMUNITY", Map.of());
        long branchId = branch.get("id").asLong();
        NEIGHBOURS.stubFor(WireMock.get("/internal/orgs/" + branchId + "/open-transfers")
                .willReturn(WireMock.okJson("{\"orgId\":\"" + branchId + "\",\"transfers\":2}")));

        MvcTestResult refused = post(admin, "/api/orgs/" + branchId + "/dissolve", Map.of());

        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("code").asString()).isEqualTo("ORG_HAS_OPEN_TRANSFERS");
        assertThat(body(refused).get("title").asString()).contains("转接");
    }

    @Test
    void nothingIsDissolvedWhenMemberServiceCannotAnswer() {
        JsonNode branch = createOrg(admin, rootId, "周庄待查支部", "BRANCH", "COMMUNITY", Map.of());
        long branchId = branch.get("id").asLong();
        NEIGHBOURS.stubFor(WireMock.get("/internal/orgs/" + branchId + "/members")
                .willReturn(WireMock.serverError()));

        MvcTestResult refused = post(admin, "/api/orgs/" + branchId + "/dissolve", Map.of());

        assertThat(refused).hasStatus(503);
        assertThat(body(refused).get("code").asString()).isEqualTo("ORG_DISSOLVE_CHECK_UNAVAILABLE");
        assertThat(ok(get(admin, "/api/orgs/" + branchId)).get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void dissolvingIsRefusedWhileMembersRemain() {
        JsonNode town = createOrg(admin, rootId, "巴城镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode branch = createOrg(admin, town.get("id").asLong(), "巴城渔业支部", "BRANCH", "VILLAGE", Map.of());
        long branchId = branch.get("id").asLong();

        // As member-service announces a registration: through its outbox, Kafka, and our inbox.
        long memberId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        tx.executeWithoutResult(s -> outbox.add(new MemberRegistered(memberId, branchId, branch.get("path").asString(),
                "张三", "MALE", LocalDate.of(1990, 3, 15), LocalDate.of(2015, 7, 1), "FULL")));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(branchId) == 1);

        MvcTestResult refused = post(admin, "/api/orgs/" + branchId + "/dissolve", Map.of());
        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("code").asString()).isEqualTo("ORG_HAS_MEMBERS");
        MvcTestResult english = mvc.post().uri("/api/orgs/" + branchId + "/dissolve")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
        assertThat(body(english).get("title").asString()).contains("members");

        MvcTestResult typeChange = patch(admin, "/api/orgs/" + branchId, Map.of("type", "GENERAL_BRANCH"));
        assertThat(typeChange).as("members must stay in a branch").hasStatus(400);

        // Kafka delivers at least once: send the same event again, then a sentinel on the same key (so the
        // same partition, after it). Once the sentinel is counted, the duplicate has been seen and skipped.
        jdbc.update("UPDATE dj_outbox SET sent_at = NULL WHERE event_type = ? AND aggregate_id = ?",
                MemberRegistered.TYPE, Long.toString(memberId));
        long townId = town.get("id").asLong();
        tx.executeWithoutResult(s -> outbox.add(new MemberRegistered(memberId, townId, town.get("path").asString(),
                "张三", "MALE", LocalDate.of(1990, 3, 15), LocalDate.of(2015, 7, 1), "FULL")));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(townId) == 1);
        assertThat(members(branchId)).as("the redelivered event counted once").isEqualTo(1);
    }

    @Test
    void aBranchWhoseMembersMovedAwayOrLeftCanBeDissolved() {
        JsonNode town = createOrg(admin, rootId, "锦溪镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode from = createOrg(admin, town.get("id").asLong(), "锦溪老街支部", "BRANCH", "COMMUNITY", Map.of());
        JsonNode to = createOrg(admin, town.get("id").asLong(), "锦溪新区支部", "BRANCH", "COMMUNITY", Map.of());
        long fromId = from.get("id").asLong();
        long toId = to.get("id").asLong();
        String fromPath = from.get("path").asString();
        long moving = ThreadLocalRandom.current().nextLong(10_000_000, 19_000_000);
        long leaving = moving + 1;
        tx.executeWithoutResult(s -> outbox.addAll(List.of(
                new MemberRegistered(moving, fromId, fromPath, "王芳", "FEMALE", LocalDate.of(1985, 1, 2),
                        LocalDate.of(2010, 7, 1), "FULL"),
                new MemberRegistered(leaving, fromId, fromPath, "赵刚", "MALE", LocalDate.of(1950, 5, 6),
                        LocalDate.of(1975, 7, 1), "FULL"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(fromId) == 2);
        assertThat(post(admin, "/api/orgs/" + fromId + "/dissolve", Map.of())).hasStatus(409);

        tx.executeWithoutResult(s -> outbox.addAll(List.of(
                new MemberRelocated(moving, fromId, fromPath, toId, to.get("path").asString(), 77L),
                new MemberStatusChanged(leaving, fromId, fromPath, "FULL", "DECEASED", null, LocalDate.of(2026, 1, 3)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(fromId) == 0);
        assertThat(members(toId)).isEqualTo(1);
        assertThat(post(admin, "/api/orgs/" + fromId + "/dissolve", Map.of())).hasStatus(200);
    }

    @Test
    void aMemberArrivingByTransferCountsOnlyOnArrivalAndMobilityChangesNoCount() {
        JsonNode town = createOrg(admin, rootId, "千灯镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode branch = createOrg(admin, town.get("id").asLong(), "千灯古镇支部", "BRANCH", "COMMUNITY", Map.of());
        long branchId = branch.get("id").asLong();
        String path = branch.get("path").asString();
        long arriving = ThreadLocalRandom.current().nextLong(20_000_000, 29_000_000);
        long mobile = arriving + 1;
        MembershipStatus notArrived = new MembershipStatus("FULL", "ARRIVING", null, false);
        MembershipStatus onTheRoll = new MembershipStatus("FULL", "ACTIVE", null, false);
        MembershipStatus away = new MembershipStatus("FULL", "ACTIVE", null, true);
        tx.executeWithoutResult(s -> outbox.addAll(List.of(
                new MemberRegisteredV2(arriving, branchId, path, "孙立", "MALE", LocalDate.of(1984, 4, 4),
                        LocalDate.of(2009, 7, 1), notArrived, null),
                new MemberRegisteredV2(mobile, branchId, path, "周敏", "FEMALE", LocalDate.of(1986, 6, 6),
                        LocalDate.of(2011, 7, 1), onTheRoll, null),
                new MemberStatusChangedV2(mobile, branchId, path, MemberStatusChangedV2.MOBILITY_STARTED, onTheRoll, away,
                        null, LocalDate.of(2026, 1, 3)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(branchId) == 1);

        tx.executeWithoutResult(s -> outbox.add(new MemberStatusChangedV2(arriving, branchId, path,
                MemberStatusChangedV2.ARRIVED, notArrived, onTheRoll, null, LocalDate.of(2026, 1, 4))));
        await().atMost(Duration.ofSeconds(30)).until(() -> members(branchId) == 2);
    }

    @Test
    void treeSearchBreadcrumbsAndStatsStayInsideTheCallersSubtree() {
        JsonNode town = createOrg(admin, rootId, "淀山湖镇党委", "COMMITTEE", "TOWN", Map.of("code", "320583-DSH" + run));
        long townId = town.get("id").asLong();
        JsonNode general = createOrg(admin, townId, "淀山湖工业园党总支", "GENERAL_BRANCH", "ENTERPRISE", Map.of());
        JsonNode b1 = createOrg(admin, general.get("id").asLong(), "晨光支部", "BRANCH", "ENTERPRISE", Map.of("sortOrder", 2));
        JsonNode b2 = createOrg(admin, general.get("id").asLong(), "永新支部", "BRANCH", "ENTERPRISE", Map.of("sortOrder", 1));
        JsonNode village = createOrg(admin, townId, "度城村党支部", "BRANCH", "VILLAGE", Map.of());
        JsonNode other = createOrg(admin, rootId, "周市镇党委" + run, "COMMITTEE", "TOWN", Map.of("code", "320583-ZS" + run));

        String user = "dsh" + run;
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", user, "password", OrgApiTest.STRONG,
                "orgId", town.get("id").asString(), "roles", List.of("ORG_ADMIN")))).hasStatus(201);
        String townAdmin = FirstLogin.token(mvc, json, user, OrgApiTest.STRONG);

        // Nested tree: the town admin's own subtree by default, children in display order.
        JsonNode tree = ok(get(townAdmin, "/api/orgs/tree"));
        assertThat(tree.get("id").asLong()).isEqualTo(townId);
        assertThat(tree.get("children").findValuesAsString("name")).contains("淀山湖工业园党总支", "度城村党支部");
        JsonNode generalNode = find(tree.get("children"), "name", "淀山湖工业园党总支");
        assertThat(generalNode.get("children").findValuesAsString("name")).containsExactly("永新支部", "晨光支部");
        assertThat(tree.toString()).doesNotContain("周市镇党委");
        assertThat(status(mvc.get().uri("/api/orgs/tree?rootId=" + other.get("id").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + townAdmin).exchange())).isEqualTo(404);
        assertThat(status(mvc.get().uri("/api/orgs/tree?rootId=" + rootId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + townAdmin).exchange())).isEqualTo(404);
        JsonNode cityTree = ok(get(admin, "/api/orgs/tree"));
        assertThat(cityTree.get("children").findValuesAsString("name")).contains("淀山湖镇党委", "周市镇党委" + run);

        // Flat pages in path order: each organisation before its descendants, nothing outside the subtree.
        JsonNode page = ok(get(townAdmin, "/api/orgs?size=100"));
        assertThat(page.get("total").asInt()).isEqualTo(5);
        List<String> paths = new ArrayList<>(page.get("items").findValuesAsString("path"));
        assertThat(paths).isSorted();
        assertThat(paths).allMatch(p -> p.startsWith(town.get("path").asString()));
        assertThat(ok(get(townAdmin, "/api/orgs?type=BRANCH")).get("total").asInt()).isEqualTo(3);
        assertThat(ok(get(townAdmin, "/api/orgs?category=VILLAGE")).get("items").findValuesAsString("name"))
                .containsExactly("度城村党支部");
        JsonNode paged = ok(get(townAdmin, "/api/orgs?page=2&size=2"));
        assertThat(paged.get("items").size()).isEqualTo(2);
        assertThat(paged.get("page").asInt()).isEqualTo(2);

        // Search by name, code or pinyin initials, within scope.
        assertThat(ok(get(townAdmin, "/api/orgs?q=dshzdw")).get("items").findValuesAsString("name")).containsExactly("淀山湖镇党委");
        assertThat(ok(get(townAdmin, "/api/orgs?q=DSH" + run)).get("items").findValuesAsString("name")).containsExactly("淀山湖镇党委");
        assertThat(ok(get(townAdmin, "/api/orgs?q=晨光")).get("items").findValuesAsString("name")).containsExactly("晨光支部");
        assertThat(ok(get(townAdmin, "/api/orgs?q=CGZB")).get("items").findValuesAsString("name")).containsExactly("晨光支部");
        assertThat(ok(get(townAdmin, "/api/orgs?q=ZS" + run)).get("total").asInt()).as("outside the subtree").isZero();
        assertThat(ok(get(admin, "/api/orgs?q=ZS" + run)).get("total").asInt()).isEqualTo(1);
        assertThat(ok(get(townAdmin, "/api/orgs?q=_")).get("total").asInt()).as("_ is no wildcard").isZero();

        // Breadcrumbs from the top of the caller's scope.
        String b1Id = b1.get("id").asString();
        assertThat(ok(get(admin, "/api/orgs/" + b1Id + "/breadcrumbs")).findValuesAsString("name"))
                .containsExactly(ok(get(admin, "/api/orgs/" + rootId)).get("name").asString(), "淀山湖镇党委",
                        "淀山湖工业园党总支", "晨光支部");
        assertThat(ok(get(townAdmin, "/api/orgs/" + b1Id + "/breadcrumbs")).findValuesAsString("name"))
                .containsExactly("淀山湖镇党委", "淀山湖工业园党总支", "晨光支部");

        // Counts of active descendants by type and category.
        assertThat(post(townAdmin, "/api/orgs/" + b2.get("id").asString() + "/dissolve", Map.of())).hasStatus(200);
        JsonNode stats = ok(get(townAdmin, "/api/orgs/" + townId + "/stats"));
        assertThat(stats.get("total").asInt()).isEqualTo(3);
        assertThat(find(stats.get("byType"), "type", "BRANCH").get("count").asInt()).isEqualTo(2);
        assertThat(find(stats.get("byType"), "type", "GENERAL_BRANCH").get("count").asInt()).isEqualTo(1);
        assertThat(find(stats.get("byType"), "type", "COMMITTEE").get("count").asInt()).isZero();
        assertThat(find(stats.get("byCategory"), "category", "ENTERPRISE").get("count").asInt()).isEqualTo(2);
        assertThat(find(stats.get("byCategory"), "category", "VILLAGE").get("label").asString()).isEqualTo("村");
        assertThat(status(mvc.get().uri("/api/orgs/" + other.get("id").asString() + "/stats")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + townAdmin).exchange())).isEqualTo(404);
        assertThat(village.get("pinyinInitials").asString()).isEqualTo("DCCDZB");
    }

    @Test
    void anOrgAdminCannotEditOrDissolveOutsideTheirSubtreeNorTheirOwnOrganisation() {
        JsonNode town = createOrg(admin, rootId, "周市镇党委", "COMMITTEE", "TOWN", Map.of());
        JsonNode other = createOrg(admin, rootId, "开发区党工委", "WORKING_COMMITTEE", "TOWN", Map.of());
        String user = "zs" + run;
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", user, "password", OrgApiTest.STRONG,
                "orgId", town.get("id").asString(), "roles", List.of("ORG_ADMIN")))).hasStatus(201);
        String townAdmin = FirstLogin.token(mvc, json, user, OrgApiTest.STRONG);

        MvcTestResult outside = patch(townAdmin, "/api/orgs/" + other.get("id").asString(), Map.of("name", "改名"));
        assertThat(outside).hasStatus(404);
        assertThat(body(outside).get("code").asString()).isEqualTo("ORG_NOT_FOUND");
        assertThat(post(townAdmin, "/api/orgs/" + other.get("id").asString() + "/dissolve", Map.of())).hasStatus(404);
        assertThat(status(mvc.get().uri("/api/orgs/" + other.get("id").asString() + "/history")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + townAdmin).exchange())).isEqualTo(404);

        MvcTestResult own = post(townAdmin, "/api/orgs/" + town.get("id").asString() + "/dissolve", Map.of());
        assertThat(own).hasStatus(409);
        assertThat(body(own).get("code").asString()).isEqualTo("ORG_OWN_CANNOT_DISSOLVE");
        assertThat(patch(townAdmin, "/api/orgs/" + town.get("id").asString(), Map.of("shortName", "周市")))
                .hasStatus(200);

        String auditorName = "zs-audit" + run;
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", auditorName, "password", OrgApiTest.STRONG,
                "orgId", town.get("id").asString(), "roles", List.of("AUDITOR")))).hasStatus(201);
        String auditor = FirstLogin.token(mvc, json, auditorName, OrgApiTest.STRONG);
        assertThat(ok(get(auditor, "/api/orgs/tree")).get("name").asString()).as("auditors read their subtree")
                .isEqualTo("周市镇党委");
        assertThat(patch(auditor, "/api/orgs/" + town.get("id").asString(), Map.of("shortName", "改")))
                .as("but change nothing").hasStatus(403);
        assertThat(post(auditor, "/api/orgs/" + town.get("id").asString() + "/dissolve", Map.of())).hasStatus(403);
    }

    private int members(long orgId) {
        List<Integer> rows = jdbc.queryForList("SELECT members FROM org_member_count WHERE org_id = ?", Integer.class, orgId);
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    private JsonNode outboxPayload(String type, String aggregateId) {
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?"
                + " ORDER BY id DESC LIMIT 1", String.class, type, aggregateId);
        return json.readTree(payload);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.has(field) && value.equals(item.get(field).asString())) {
                return item;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    private JsonNode createOrg(String token, long parentId, String name, String type, String category,
                               Map<String, Object> extra) {
        Map<String, Object> payload = new HashMap<>(extra);
        payload.putAll(Map.of("parentId", String.valueOf(parentId), "name", name, "type", type, "category", category));
        MvcTestResult result = post(token, "/api/orgs", payload);
        assertThat(result).hasStatus(201);
        return body(result);
    }

    private static int status(MvcTestResult result) {
        return result.getResponse().getStatus();
    }
}
