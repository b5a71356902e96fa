package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts and sessions through the gateway: escalation, lock-out, stolen refresh tokens. */
class AccountsE2eTest {
    private static final String INITIAL = "Initial-Passw0rd-1";
    private static final String CHOSEN = "Chosen-Passw0rd-22";
    private static Api api;
    private static Api.Session city;
    private static long town;

    @BeforeAll
    static void setUp() {
        api = new Api(Platform.get().gateway());
        city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        town = city.post("/api/orgs", Map.of("parentId", String.valueOf(root), "name", "张浦镇党委",
                "type", "COMMITTEE", "category", "TOWN")).body().get("id").asLong();
    }

    @Test
    void anOrgAdminCannotCreateACityAdmin() {
        assertThat(city.post("/api/auth/accounts", Map.of("username", "zhangpu", "password", INITIAL,
                "orgId", String.valueOf(town), "roles", List.of("ORG_ADMIN"))).status()).isEqualTo(201);
        Api.Session townAdmin = api.firstLogin("zhangpu", INITIAL, CHOSEN);

        Api.Reply escalate = townAdmin.post("/api/auth/accounts", Map.of("username", "zhangpu-boss", "password", INITIAL,
                "orgId", String.valueOf(town), "roles", List.of("CITY_ADMIN")));
        assertThat(escalate.status()).isEqualTo(400);
        assertThat(escalate.body().get("errors").findValuesAsString("field")).contains("roles");
        assertThat(api.send("POST", "/api/auth/login", Map.of("username", "zhangpu-boss", "password", INITIAL), null, Map.of())
                .status()).as("the account was not created").isEqualTo(401);
    }

    @Test
    void fiveFailedLoginsLockTheAccount() {
        assertThat(city.post("/api/auth/accounts", Map.of("username", "forgetful", "password", INITIAL,
                "orgId", String.valueOf(town), "roles", List.of("AUDITOR"))).status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            Api.Reply wrong = api.send("POST", "/api/auth/login", Map.of("username", "forgetful", "password", "Wrong-Passw0rd-x"),
                    null, Map.of());
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.code()).isEqualTo("BAD_CREDENTIALS");
        }
        Api.Reply locked = api.send("POST", "/api/auth/login", Map.of("username", "forgetful", "password", INITIAL), null, Map.of());
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.code()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void reusingARotatedRefreshTokenEndsTheWholeSession() {
        Api.Reply login = api.send("POST", "/api/auth/login", Map.of("username", "admin", "password", Platform.ADMIN_PASSWORD),
                null, Map.of());
        String first = login.body().get("refreshToken").asString();
        Api.Reply rotated = api.send("POST", "/api/auth/refresh", Map.of("refreshToken", first), null, Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.body().get("refreshToken").asString();

        Api.Reply stolen = api.send("POST", "/api/auth/refresh", Map.of("refreshToken", first), null, Map.of());
        assertThat(stolen.status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/auth/refresh", Map.of("refreshToken", second), null, Map.of()).status())
                .as("the legitimate holder must sign in again too").isEqualTo(401);
    }
}
