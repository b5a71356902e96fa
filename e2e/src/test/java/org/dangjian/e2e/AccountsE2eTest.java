package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

    @Test
    void anAdministratorsSecondFactorIsAskedThroughTheGatewayAndResetWhenThePhoneIsLost() throws Exception {
        assertThat(city.post("/api/auth/accounts", Map.of("username", "twofactor", "password", INITIAL,
                "orgId", String.valueOf(town), "roles", List.of("ORG_ADMIN"))).status()).isEqualTo(201);
        Api.Session holder = api.firstLogin("twofactor", INITIAL, CHOSEN);
        String secret = turnOnTotp(holder);
        assertThat(holder.get("/api/auth/second-factor").body().get("method").asString()).isEqualTo("TOTP");

        Api.Reply password = api.send("POST", "/api/auth/login", Map.of("username", "twofactor", "password", CHOSEN), null, Map.of());
        assertThat(password.body().has("accessToken")).as("a token for the password alone").isFalse();
        Api.Reply withCode = api.send("POST", "/api/auth/login/second-factor", Map.of("challenge",
                password.body().get("secondFactor").get("challenge").asString(), "code", code(secret, 1)), null, Map.of());
        assertThat(api.session(withCode).get("/api/auth/me").body().get("username").asString()).isEqualTo("twofactor");

        // the phone with the app is lost: the city administrator resets it, and the password alone signs in again
        long id = city.get("/api/auth/accounts?q=twofactor").body().get("items").get(0).get("id").asLong();
        Api.Reply reset = city.post("/api/auth/accounts/" + id + "/reset-second-factor", Map.of());
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body().has("secondFactor")).isFalse();
        Api.Session again = api.login("twofactor", CHOSEN);
        turnOnTotp(again);
        Api.Reply off = again.post("/api/auth/second-factor/off", Map.of("password", CHOSEN));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body().has("method")).isFalse();
    }

    private static String turnOnTotp(Api.Session session) throws InvalidKeyException {
        JsonNode setup = session.post("/api/auth/second-factor/setup", Map.of("method", "TOTP")).body();
        String secret = setup.get("secret").asString();
        Api.Reply on = session.post("/api/auth/second-factor/confirm", Map.of("challenge", setup.get("challenge").asString(),
                "code", code(secret, 0)));
        assertThat(on.status()).isEqualTo(200);
        return secret;
    }

    /** The authenticator app's code {@code stepsAhead} 30-second steps from now. */
    private static String code(String secret, int stepsAhead) throws InvalidKeyException {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        return String.format("%06d", totp.generateOneTimePassword(new SecretKeySpec(new Base32().decode(secret),
                totp.getAlgorithm()), Instant.now().plus(totp.getTimeStep().multipliedBy(stepsAhead))));
    }
}
