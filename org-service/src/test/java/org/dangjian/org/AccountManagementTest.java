package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.auth.AccountChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Administrators manage accounts only inside their own subtree and never grant a role above their own:
 * scoped listing, role and self rules, disable/enable, unlock, password reset, and the audit rows.
 */
class AccountManagementTest extends CityAdminApiTest {
    static final String INITIAL = "Initial-Pass-2026";
    /** What {@link FirstLogin#token} changes {@link #INITIAL} to. */
    static final String CHANGED = INITIAL + "-changed";

    long adminId;

    @BeforeEach
    void knowOwnId() {
        adminId = ok(get(admin, "/api/auth/me")).get("accountId").asLong();
    }

    @Test
    void everyChangeAnAdministratorMakesToAnAccountIsAnnouncedWithItsCurrentState() {
        long town = createOrg(rootId, unique("千灯镇党委"));
        long id = createAccount(unique("announce"), town, "ORG_ADMIN", "13912345670");
        JsonNode created = lastAnnouncement(id);
        assertThat(created.get("orgId").asLong()).isEqualTo(town);
        assertThat(created.get("orgPath").asString()).endsWith("/" + town + "/");
        assertThat(created.get("phone").asString()).as("sealed: the outbox keeps it for days").doesNotContain("12345670");
        assertThat(seal.open(created.get("phone").asString())).as("for the notify directory").isEqualTo("13912345670");
        assertThat(created.get("roles").get(0).asString()).isEqualTo("ORG_ADMIN");
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");

        assertThat(post(admin, "/api/auth/accounts/" + id + "/disable", Map.of())).hasStatus(200);
        assertThat(lastAnnouncement(id).get("status").asString()).isEqualTo("DISABLED");
        assertThat(announcements(id)).isEqualTo(2);
    }

    @Test
    void anOrgAdminListsAndSeesOnlyAccountsOfItsOwnSubtree() {
        String tag = unique("scope");
        long townA = createOrg(rootId, unique("锦溪镇党委"));
        long townB = createOrg(rootId, unique("淀山湖镇党委"));
        long villageA = createOrg(townA, unique("锦溪村党委"));
        long adminA = createAccount(tag + "-admin-a", townA, "ORG_ADMIN", "13812345678");
        long clerkA = createAccount(tag + "-clerk-a", villageA, "AUDITOR", null);
        long clerkB = createAccount(tag + "-clerk-b", townB, "AUDITOR", null);
        createAccount(tag + "-member-a", townA, "MEMBER", null);
        String tokenA = FirstLogin.token(mvc, json, tag + "-admin-a", INITIAL);

        JsonNode mine = ok(get(tokenA, "/api/auth/accounts?q=" + tag));
        assertThat(ids(mine)).contains(adminA, clerkA).doesNotContain(clerkB);
        assertThat(mine.get("total").asInt()).isEqualTo(3);
        JsonNode city = ok(get(admin, "/api/auth/accounts?q=" + tag));
        assertThat(ids(city)).contains(adminA, clerkA, clerkB);

        JsonNode item = ok(get(tokenA, "/api/auth/accounts/" + adminA));
        assertThat(item.get("username").asString()).isEqualTo(tag + "-admin-a");
        assertThat(item.get("orgId").asLong()).isEqualTo(townA);
        assertThat(item.get("orgName").asString()).contains("锦溪镇党委");
        assertThat(item.get("phone").asString()).isEqualTo("138****5678");
        assertThat(item.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(item.get("locked").asBoolean()).isFalse();
        assertThat(item.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(item.hasNonNull("createdAt")).isTrue();

        assertThat(ids(ok(get(tokenA, "/api/auth/accounts?q=" + tag + "&role=AUDITOR")))).containsExactly(clerkA);
        assertThat(ids(ok(get(tokenA, "/api/auth/accounts?orgId=" + townA)))).contains(adminA).doesNotContain(clerkA);
        assertThat(ids(ok(get(tokenA, "/api/auth/accounts?orgId=" + townA + "&subtree=true")))).contains(adminA, clerkA);
        assertThat(ok(get(tokenA, "/api/auth/accounts?orgId=" + townB + "&subtree=true")).get("total").asInt())
                .as("another subtree's organisation shows nothing").isZero();

        MvcTestResult outside = mvc.get().uri("/api/auth/accounts/" + clerkB)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenA).exchange();
        assertThat(outside).hasStatus(404);
        assertThat(body(outside).get("code").asString()).isEqualTo("ACCOUNT_NOT_FOUND");
        assertThat(patch(tokenA, "/api/auth/accounts/" + clerkB, Map.of("displayName", "x"))).hasStatus(404);
        assertThat(post(tokenA, "/api/auth/accounts/" + clerkB + "/disable", Map.of())).hasStatus(404);
        MvcTestResult moveOut = patch(tokenA, "/api/auth/accounts/" + clerkA, Map.of("orgId", String.valueOf(townB)));
        assertThat(moveOut).hasStatus(400);
        assertThat(field(moveOut)).isEqualTo("orgId");

        String member = FirstLogin.token(mvc, json, tag + "-member-a", INITIAL);
        assertThat(mvc.get().uri("/api/auth/accounts").header(HttpHeaders.AUTHORIZATION, "Bearer " + member)).hasStatus(403);
        String auditor = FirstLogin.token(mvc, json, tag + "-clerk-a", INITIAL);
        assertThat(ids(ok(get(auditor, "/api/auth/accounts?q=" + tag)))).containsExactly(clerkA);
        assertThat(post(auditor, "/api/auth/accounts/" + clerkA + "/unlock", Map.of()))
                .as("auditors only read").hasStatus(403);
    }

    /** The rights rule refuses before the route runs; the attempt is on record all the same. */
    @Test
    void aRefusedAttemptToChangeAnAccountIsAuditedWithItsOutcome() {
        String tag = unique("refused");
        long town = createOrg(rootId, unique("千灯镇党委"));
        long target = createAccount(tag + "-target", town, "AUDITOR", null);
        createAccount(tag + "-clerk", town, "AUDITOR", null);
        String auditor = FirstLogin.token(mvc, json, tag + "-clerk", INITIAL);

        assertThat(post(auditor, "/api/auth/accounts/" + target + "/disable", Map.of())).hasStatus(403);
        assertThat(post(auditor, "/api/auth/accounts", Map.of("username", tag + "-new", "password", INITIAL,
                "orgId", String.valueOf(town), "roles", List.of("AUDITOR")))).hasStatus(403);

        JsonNode disable = audit(tag + "-target", "ACCOUNT_DISABLE", "FAILURE");
        assertThat(disable.get("total").asInt()).isEqualTo(1);
        assertThat(disable.get("items").get(0).get("reason").asString()).isEqualTo("FORBIDDEN");
        assertThat(audit(tag + "-new", "ACCOUNT_CREATE", "FAILURE").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void nobodyGrantsARoleAboveTheirOwnOrChangesTheirOwnRoles() {
        String tag = unique("roles");
        long town = createOrg(rootId, unique("周庄镇党委"));
        long adminT = createAccount(tag + "-admin", town, "ORG_ADMIN", null);
        long clerk = createAccount(tag + "-clerk", town, "AUDITOR", null);
        String token = FirstLogin.token(mvc, json, tag + "-admin", INITIAL);
        String clerkToken = FirstLogin.token(mvc, json, tag + "-clerk", INITIAL);

        MvcTestResult above = patch(token, "/api/auth/accounts/" + clerk, Map.of("roles", List.of("CITY_ADMIN")));
        assertThat(above).hasStatus(400);
        assertThat(field(above)).isEqualTo("roles");
        assertThat(body(above).get("errors").get(0).get("message").asString()).isEqualTo("不能授予高于自己的角色");
        MvcTestResult own = patch(token, "/api/auth/accounts/" + adminT, Map.of("roles", List.of("AUDITOR")));
        assertThat(own).hasStatus(400);
        assertThat(field(own)).isEqualTo("roles");
        MvcTestResult cityOwn = patch(admin, "/api/auth/accounts/" + adminId, Map.of("roles", List.of("ORG_ADMIN")));
        assertThat(cityOwn).hasStatus(400);
        assertThat(ok(get(admin, "/api/auth/accounts/" + clerk)).get("roles").get(0).asString()).isEqualTo("AUDITOR");

        String rootAdminName = tag + "-root-admin";
        createAccount(rootAdminName, rootId, "ORG_ADMIN", null);
        String rootAdmin = FirstLogin.token(mvc, json, rootAdminName, INITIAL);
        MvcTestResult cityTarget = post(rootAdmin, "/api/auth/accounts/" + adminId + "/reset-password",
                Map.of("newPassword", "Taken-Over-2026!"));
        assertThat(cityTarget).as("an organisation administrator never manages the city administrator").hasStatus(403);
        assertThat(body(cityTarget).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(body(cityTarget).get("detail").asString()).isEqualTo("不能管理角色高于自己的账号");

        MvcTestResult promoted = patch(token, "/api/auth/accounts/" + clerk,
                Map.of("roles", List.of("ORG_ADMIN"), "displayName", "王委员"));
        assertThat(promoted).hasStatus(200);
        assertThat(body(promoted).get("roles").get(0).asString()).isEqualTo("ORG_ADMIN");
        assertThat(body(promoted).get("displayName").asString()).isEqualTo("王委员");
        assertThat(mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + clerkToken))
                .as("the token with the old roles is revoked").hasStatus(401);
        String fresh = ok(post(null, "/api/auth/login", Credentials.of(tag + "-clerk", CHANGED))).get("accessToken").asString();
        assertThat(ok(get(fresh, "/api/auth/me")).get("roles").get(0).asString()).isEqualTo("ORG_ADMIN");

        assertThat(audit(tag + "-clerk", "ACCOUNT_UPDATE", "FAILURE").get("items").get(0).get("reason").asString())
                .isEqualTo("ROLE_ABOVE_CALLER");
        JsonNode done = audit(tag + "-clerk", "ACCOUNT_UPDATE", "SUCCESS");
        assertThat(done.get("total").asInt()).isEqualTo(1);
        assertThat(done.get("items").get(0).get("actorId").asLong()).isEqualTo(adminT);
        assertThat(audit(tag + "-admin", "ACCOUNT_UPDATE", "FAILURE").get("items").get(0).get("reason").asString())
                .isEqualTo("CANNOT_CHANGE_OWN_ROLES");
    }

    @Test
    void aDisabledAccountCannotLogInAndItsTokensDie() {
        String username = unique("leaver");
        long id = createAccount(username, rootId, "AUDITOR", null);
        FirstLogin.token(mvc, json, username, INITIAL);
        JsonNode session = ok(post(null, "/api/auth/login", Credentials.of(username, CHANGED)));
        String token = session.get("accessToken").asString();
        assertThat(ok(get(token, "/api/auth/me")).get("username").asString()).isEqualTo(username);

        MvcTestResult self = post(admin, "/api/auth/accounts/" + adminId + "/disable", Map.of());
        assertThat(self).hasStatus(400);
        assertThat(body(self).get("code").asString()).isEqualTo("CANNOT_DISABLE_SELF");

        MvcTestResult disabled = post(admin, "/api/auth/accounts/" + id + "/disable", Map.of());
        assertThat(disabled).hasStatus(200);
        assertThat(body(disabled).get("status").asString()).isEqualTo("DISABLED");
        assertThat(mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatus(401);
        assertThat(post(null, "/api/auth/refresh", Map.of("refreshToken", session.get("refreshToken").asString())))
                .hasStatus(401);
        assertThat(post(null, "/api/auth/login", Map.of("username", username, "password", CHANGED))).hasStatus(401);
        assertThat(ids(ok(get(admin, "/api/auth/accounts?q=" + username + "&status=DISABLED")))).containsExactly(id);

        assertThat(post(admin, "/api/auth/accounts/" + id + "/enable", Map.of())).hasStatus(200);
        assertThat(ok(get(ok(post(null, "/api/auth/login", Credentials.of(username, CHANGED))).get("accessToken").asString(), "/api/auth/me"))
                .get("username").asString()).isEqualTo(username);

        assertThat(audit(username, "ACCOUNT_DISABLE", "SUCCESS").get("total").asInt()).isEqualTo(1);
        assertThat(audit(username, "ACCOUNT_ENABLE", "SUCCESS").get("total").asInt()).isEqualTo(1);
        assertThat(ok(get(admin, "/api/auth/audit?accountId=" + adminId + "&action=ACCOUNT_DISABLE&outcome=FAILURE"))
                .get("total").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unlockLetsALockedAccountLogInAgain() {
        String username = unique("forgetful");
        long id = createAccount(username, rootId, "AUDITOR", null);
        FirstLogin.token(mvc, json, username, INITIAL);
        for (int i = 0; i < 5; i++) {
            assertThat(post(null, "/api/auth/login", Map.of("username", username, "password", "Wrong-guess-" + i)))
                    .hasStatus(401);
        }
        MvcTestResult locked = post(null, "/api/auth/login", Map.of("username", username, "password", CHANGED));
        assertThat(locked).hasStatus(401);
        assertThat(body(locked).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(ok(get(admin, "/api/auth/accounts/" + id)).get("locked").asBoolean()).isTrue();

        MvcTestResult unlocked = post(admin, "/api/auth/accounts/" + id + "/unlock", Map.of());
        assertThat(unlocked).hasStatus(200);
        assertThat(body(unlocked).get("locked").asBoolean()).isFalse();
        assertThat(ok(post(null, "/api/auth/login", Credentials.of(username, CHANGED))).get("accessToken").asString()).isNotBlank();
        assertThat(audit(username, "ACCOUNT_UNLOCK", "SUCCESS").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextLogin() {
        String username = unique("reset");
        long id = createAccount(username, rootId, "AUDITOR", null);
        String token = FirstLogin.token(mvc, json, username, INITIAL);

        MvcTestResult weak = post(admin, "/api/auth/accounts/" + id + "/reset-password", Map.of("newPassword", "short"));
        assertThat(weak).hasStatus(400);
        assertThat(field(weak)).isEqualTo("newPassword");
        MvcTestResult own = post(admin, "/api/auth/accounts/" + adminId + "/reset-password",
                Map.of("newPassword", "Admin-Self-Reset-1"));
        assertThat(own).hasStatus(400);

        String reset = "Reset-By-Admin-2026";
        MvcTestResult done = post(admin, "/api/auth/accounts/" + id + "/reset-password", Map.of("newPassword", reset));
        assertThat(done).hasStatus(200);
        assertThat(body(done).get("mustChangePassword").asBoolean()).isTrue();
        assertThat(mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .as("tokens from before the reset are revoked").hasStatus(401);
        assertThat(post(null, "/api/auth/login", Map.of("username", username, "password", CHANGED))).hasStatus(401);

        JsonNode next = ok(post(null, "/api/auth/login", Credentials.of(username, reset)));
        assertThat(next.get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + next.get("accessToken").asString()))
                .hasStatus(403);
        String full = FirstLogin.token(mvc, json, username, reset);
        assertThat(ok(get(full, "/api/auth/me")).get("username").asString()).isEqualTo(username);

        assertThat(audit(username, "PASSWORD_RESET", "SUCCESS").get("total").asInt()).isEqualTo(1);
        assertThat(audit(username, "PASSWORD_RESET", "FAILURE").get("items").get(0).get("reason").asString())
                .isEqualTo("PASSWORD_TOO_SHORT");
    }

    // ---- helpers ----

    private JsonNode audit(String username, String action, String outcome) {
        return ok(get(admin, "/api/auth/audit?username=" + username + "&action=" + action + "&outcome=" + outcome));
    }

    private String field(MvcTestResult result) {
        return body(result).get("errors").get(0).get("field").asString();
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private JsonNode lastAnnouncement(long accountId) {
        return json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT 1", String.class, AccountChanged.TYPE, Long.toString(accountId)));
    }

    private int announcements(long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?",
                Integer.class, AccountChanged.TYPE, Long.toString(accountId));
    }

    private long createAccount(String username, long orgId, String role, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", INITIAL,
                "orgId", String.valueOf(orgId), "roles", List.of(role), "displayName", "张书记"));
        if (phone != null) {
            body.put("phone", phone);
        }
        MvcTestResult result = post(admin, "/api/auth/accounts", body);
        assertThat(result).hasStatus(201);
        return body(result).get("id").asLong();
    }

    private long createOrg(long parentId, String name) {
        MvcTestResult result = post(admin, "/api/orgs", Map.of("parentId", String.valueOf(parentId), "name", name,
                "type", "COMMITTEE", "category", "TOWN"));
        assertThat(result).hasStatus(201);
        return body(result).get("id").asLong();
    }
}
