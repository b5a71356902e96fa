package org.dangjian.org.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.org.CityAdminApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Item 9: with {@code dj.auth.second-factor.required-for-city-admin}, a city administrator signs in with a second
 * factor or not at all; one who has none sets it up as the second step of signing in. The accounts here are copies of
 * the generated administrator (same password), so the generated one stays as the other tests know it.
 */
@TestPropertySource(properties = {"dj.admin.password=" + CityAdminApiTest.ADMIN_PASSWORD,
        "dj.auth.second-factor.required-for-city-admin=true"})
class CityAdminSecondFactorRequiredTest extends ServiceApiTest {

    @Test
    void a_city_administrator_without_a_second_factor_sets_one_up_before_any_token() {
        String username = copyOfAdmin("CITY_ADMIN");

        JsonNode answer = ok(post(null, "/api/auth/login", Map.of("username", username, "password", CityAdminApiTest.ADMIN_PASSWORD)));

        assertThat(answer.has("accessToken")).as("a token before the second factor").isFalse();
        JsonNode step = answer.get("secondFactor");
        assertThat(step.get("setup").asBoolean()).isTrue();
        assertThat(step.get("method").asString()).isEqualTo("TOTP");
        String secret = step.get("secret").asString();
        MvcTestResult signedIn = post(null, "/api/auth/login/second-factor", Map.of("challenge",
                step.get("challenge").asString(), "code", Totp.code(secret, Totp.step(clock.instant()))));
        assertThat(signedIn).hasStatus(200);
        String token = body(signedIn).get("accessToken").asString();
        JsonNode status = ok(get(token, "/api/auth/second-factor"));
        assertThat(status.get("method").asString()).isEqualTo("TOTP");
        assertThat(status.get("required").asBoolean()).isTrue();
        // from now on the password alone gets the second step, not a setup
        JsonNode next = ok(post(null, "/api/auth/login", Map.of("username", username, "password", CityAdminApiTest.ADMIN_PASSWORD)));
        assertThat(next.get("secondFactor").get("setup").asBoolean()).isFalse();
        assertThat(next.get("secondFactor").has("secret")).isFalse();
    }

    @Test
    void a_city_administrator_who_must_have_a_second_factor_cannot_turn_it_off() {
        String username = copyOfAdmin("CITY_ADMIN");
        JsonNode step = ok(post(null, "/api/auth/login", Map.of("username", username, "password", CityAdminApiTest.ADMIN_PASSWORD)))
                .get("secondFactor");
        String token = ok(post(null, "/api/auth/login/second-factor", Map.of("challenge", step.get("challenge").asString(),
                "code", Totp.code(step.get("secret").asString(), Totp.step(clock.instant()))))).get("accessToken").asString();

        MvcTestResult off = post(token, "/api/auth/second-factor/off", Map.of("password", CityAdminApiTest.ADMIN_PASSWORD));

        assertThat(off).hasStatus(409);
        assertThat(body(off).get("code").asString()).isEqualTo("SECOND_FACTOR_REQUIRED");
    }

    @Test
    void an_organisation_administrator_is_not_asked_for_one_by_the_city_administrators_setting() {
        String username = copyOfAdmin("ORG_ADMIN");

        JsonNode answer = ok(post(null, "/api/auth/login", Map.of("username", username, "password", CityAdminApiTest.ADMIN_PASSWORD)));

        assertThat(answer.has("accessToken")).isTrue();
        assertThat(answer.has("secondFactor")).isFalse();
    }

    /** A new account with the generated administrator's organisation and password, holding {@code role}. */
    private String copyOfAdmin(String role) {
        // the generated administrator exists once the context started (AdminBootstrap)
        String username = "city_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO account (username, password_hash, display_name, org_id, roles, failed_logins, status,"
                + " must_change_password, created_at, updated_at) SELECT ?, password_hash, display_name, org_id, ?, 0,"
                + " 'ACTIVE', FALSE, created_at, updated_at FROM account WHERE username = 'admin'", username, role);
        return username;
    }
}
