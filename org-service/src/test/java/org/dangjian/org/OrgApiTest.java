package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@TestPropertySource(properties = "dj.admin.password=" + OrgApiTest.ADMIN_PASSWORD)
class OrgApiTest extends ServiceApiTest {
    static final String ADMIN_PASSWORD = "Kunshan-2026-admin";
    static final String STRONG = "Branch-Secretary-9pm";

    String admin;
    long rootId;

    @BeforeEach
    void signIn() {
        admin = ok(post(null, "/api/auth/login", Credentials.of("admin", ADMIN_PASSWORD))).get("accessToken").asString();
        rootId = ok(get(admin, "/api/auth/me")).get("orgId").asLong();
    }

    @Test
    void cityAdminBuildsATreeWhosePathsFollowTheIds() {
        JsonNode town = createOrg(admin, rootId, "玉山镇党委", "COMMITTEE", "TOWN");
        JsonNode branch = createOrg(admin, town.get("id").asLong(), "城北社区党支部", "BRANCH", "COMMUNITY");

        assertThat(town.get("path").asString()).isEqualTo("/" + rootId + "/" + town.get("id").asString() + "/");
        assertThat(branch.get("path").asString()).isEqualTo(town.get("path").asString() + branch.get("id").asString() + "/");
        assertThat(branch.get("id").isString()).as("64-bit ids travel as strings").isTrue();
        assertThat(branch.get("typeLabel").asString()).isEqualTo("党支部");

        JsonNode children = ok(get(admin, "/api/orgs/" + town.get("id").asString() + "/children"));
        assertThat(children.size()).isEqualTo(1);
        assertThat(children.get(0).get("name").asString()).isEqualTo("城北社区党支部");
    }

    @Test
    void aBranchCannotHaveChildOrganisations() {
        JsonNode town = createOrg(admin, rootId, "周市镇党委", "COMMITTEE", "TOWN");
        JsonNode branch = createOrg(admin, town.get("id").asLong(), "周市一支部", "BRANCH", "VILLAGE");

        MvcTestResult refused = post(admin, "/api/orgs", Map.of("parentId", branch.get("id").asString(),
                "name", "不该存在", "type", "BRANCH", "category", "VILLAGE"));
        assertThat(refused).hasStatus(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("parentId");
    }

    @Test
    void missingFieldsAreEachNamed() {
        MvcTestResult refused = post(admin, "/api/orgs", Map.of("type", "SOMETHING"));
        assertThat(refused).hasStatus(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");

        MvcTestResult noName = post(admin, "/api/orgs", Map.of("parentId", rootId, "type", "BRANCH", "category", "TOWN"));
        assertThat(body(noName).get("errors").findValuesAsString("field")).contains("name");
    }

    @Test
    void movingASubtreeRewritesEveryPathAndRefusesCycles() {
        JsonNode town1 = createOrg(admin, rootId, "千灯镇党委", "COMMITTEE", "TOWN");
        JsonNode general = createOrg(admin, town1.get("id").asLong(), "千灯总支", "GENERAL_BRANCH", "ENTERPRISE");
        JsonNode branch = createOrg(admin, general.get("id").asLong(), "千灯一支部", "BRANCH", "ENTERPRISE");
        JsonNode town2 = createOrg(admin, rootId, "张浦镇党委", "COMMITTEE", "TOWN");

        MvcTestResult cycle = post(admin, "/api/orgs/" + town1.get("id").asString() + "/move",
                Map.of("newParentId", general.get("id").asString()));
        assertThat(cycle).hasStatus(400);
        assertThat(body(cycle).get("errors").get(0).get("field").asString()).isEqualTo("newParentId");

        MvcTestResult moved = post(admin, "/api/orgs/" + general.get("id").asString() + "/move",
                Map.of("newParentId", town2.get("id").asString()));
        assertThat(moved).hasStatus(200);
        String newGeneralPath = town2.get("path").asString() + general.get("id").asString() + "/";
        assertThat(body(moved).get("path").asString()).isEqualTo(newGeneralPath);
        JsonNode movedBranch = ok(get(admin, "/api/orgs/" + branch.get("id").asString()));
        assertThat(movedBranch.get("path").asString()).isEqualTo(newGeneralPath + branch.get("id").asString() + "/");

        Integer events = jdbc.queryForObject(
                "SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.org.moved.v1' AND aggregate_id = ?",
                Integer.class, general.get("id").asString());
        assertThat(events).isEqualTo(1);
    }

    @Test
    void anOrgAdminSeesOnlyTheirSubtreeAndCannotGrantMoreThanTheyHave() {
        JsonNode townA = createOrg(admin, rootId, "巴城镇党委", "COMMITTEE", "TOWN");
        JsonNode townB = createOrg(admin, rootId, "花桥镇党委", "COMMITTEE", "TOWN");
        JsonNode branchA = createOrg(admin, townA.get("id").asLong(), "巴城支部", "BRANCH", "VILLAGE");
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", "bacheng", "password", STRONG,
                "orgId", townA.get("id").asString(), "roles", List.of("ORG_ADMIN")))).hasStatus(201);

        String townAdmin = FirstLogin.token(mvc, json, "bacheng", STRONG);
        assertThat(ok(get(townAdmin, "/api/orgs/" + branchA.get("id").asString())).get("name").asString()).isEqualTo("巴城支部");
        MvcTestResult other = mvc.get().uri("/api/orgs/" + townB.get("id").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + townAdmin).exchange();
        assertThat(other).hasStatus(404);
        assertThat(body(other).get("code").asString()).isEqualTo("ORG_NOT_FOUND");

        MvcTestResult escalate = post(townAdmin, "/api/auth/accounts", Map.of("username", "sneaky", "password", STRONG,
                "orgId", townA.get("id").asString(), "roles", List.of("CITY_ADMIN")));
        assertThat(escalate).hasStatus(400);
        assertThat(body(escalate).get("errors").get(0).get("field").asString()).isEqualTo("roles");

        MvcTestResult outside = post(townAdmin, "/api/orgs", Map.of("parentId", townB.get("id").asString(),
                "name", "越权支部", "type", "BRANCH", "category", "VILLAGE"));
        assertThat(outside).hasStatus(400);
    }

    @Test
    void wrongPasswordIsRefusedAndFiveFailuresLockTheAccount() {
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", "forgetful", "password", STRONG,
                "orgId", String.valueOf(rootId), "roles", List.of("AUDITOR")))).hasStatus(201);
        for (int i = 0; i < 5; i++) {
            MvcTestResult wrong = post(null, "/api/auth/login", Map.of("username", "forgetful", "password", "Wrong-password-1"));
            assertThat(wrong).hasStatus(401);
            assertThat(body(wrong).get("code").asString()).isEqualTo("BAD_CREDENTIALS");
        }
        MvcTestResult locked = post(null, "/api/auth/login", Map.of("username", "forgetful", "password", STRONG));
        assertThat(locked).hasStatus(401);
        assertThat(body(locked).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesTheWholeFamily() {
        JsonNode first = ok(post(null, "/api/auth/login", Credentials.of("admin", ADMIN_PASSWORD)));
        String r1 = first.get("refreshToken").asString();
        JsonNode second = body(post(null, "/api/auth/refresh", Map.of("refreshToken", r1)));
        String r2 = second.get("refreshToken").asString();
        assertThat(r2).isNotEqualTo(r1);
        assertThat(second.get("tokenType").asString()).isEqualTo("Bearer");

        assertThat(post(null, "/api/auth/refresh", Map.of("refreshToken", r1))).hasStatus(401);
        assertThat(post(null, "/api/auth/refresh", Map.of("refreshToken", r2)))
                .as("the thief's reuse also revoked the legitimate newer token").hasStatus(401);
    }

    @Test
    void logoutRevokesTheAccessTokenAtOnce() {
        String token = ok(post(null, "/api/auth/login", Credentials.of("admin", ADMIN_PASSWORD))).get("accessToken").asString();
        assertThat(mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatus(200);
        assertThat(post(token, "/api/auth/logout", Map.of())).hasStatus(204);
        MvcTestResult after = get(token, "/api/auth/me");
        assertThat(after).hasStatus(401);
        assertThat(body(after).get("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void jwksPublishesOnlyThePublicKey() {
        JsonNode keys = body(mvc.get().uri("/api/auth/jwks").exchange()).get("keys");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("private exponent never published").isFalse();
    }

    private JsonNode createOrg(String token, long parentId, String name, String type, String category) {
        MvcTestResult result = post(token, "/api/orgs", Map.of("parentId", String.valueOf(parentId), "name", name,
                "type", type, "category", category));
        assertThat(result).hasStatus(201);
        return body(result);
    }
}
