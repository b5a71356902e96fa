package org.dangjian.org.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.org.CityAdminApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Item 9 of the security issue: administrators can turn on a second factor (an authenticator app's code, or an SMS
 * code), after which the password alone gets no token.
 */
class SecondFactorTest extends CityAdminApiTest {
    private static final String PASSWORD = "Branch-Secretary-9pm";

    @Test
    void an_administrator_with_an_authenticator_app_gets_no_token_for_the_password_alone() {
        String username = administrator(null);
        String token = signIn(username);
        String secret = turnOnTotp(token);

        JsonNode answer = ok(post(null, "/api/auth/login", Map.of("username", username, "password", PASSWORD)));

        assertThat(answer.has("accessToken")).as("a token for the password alone").isFalse();
        assertThat(answer.has("refreshToken")).isFalse();
        assertThat(answer.get("secondFactor").get("method").asString()).isEqualTo("TOTP");
        assertThat(answer.get("secondFactor").has("secret")).as("the secret again, at sign-in").isFalse();
        // the code after the one that turned it on: each code is good once
        MvcTestResult signedIn = post(null, "/api/auth/login/second-factor",
                Map.of("challenge", answer.get("secondFactor").get("challenge").asString(), "code", code(secret, 1)));
        assertThat(signedIn).hasStatus(200);
        assertThat(signedIn.getResponse().getHeader("Cache-Control")).contains("no-store");
        String full = body(signedIn).get("accessToken").asString();
        assertThat(ok(get(full, "/api/auth/me")).get("username").asString()).isEqualTo(username);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = 'LOGIN_SECOND_FACTOR'"
                + " AND outcome = 'SUCCESS'", username)).isEqualTo(1);
    }

    @Test
    void a_totp_code_signs_in_once_and_a_challenge_is_spent_by_its_right_code() {
        String username = administrator(null);
        String secret = turnOnTotp(signIn(username));
        String code = code(secret, 1);
        String challenge = challenge(username);
        assertThat(post(null, "/api/auth/login/second-factor", Map.of("challenge", challenge, "code", code))).hasStatus(200);

        MvcTestResult spent = post(null, "/api/auth/login/second-factor", Map.of("challenge", challenge, "code", code));
        assertThat(spent).hasStatus(401);
        assertThat(body(spent).get("code").asString()).isEqualTo("SECOND_FACTOR_CHALLENGE_INVALID");
        MvcTestResult replayed = post(null, "/api/auth/login/second-factor",
                Map.of("challenge", challenge(username), "code", code));
        assertThat(replayed).hasStatus(401);
        assertThat(body(replayed).get("code").asString()).isEqualTo("SECOND_FACTOR_CODE_WRONG");
    }

    @Test
    void wrong_second_factor_codes_lock_the_account_as_wrong_passwords_do() {
        String username = administrator(null);
        String secret = turnOnTotp(signIn(username));
        for (int i = 0; i < 5; i++) {
            MvcTestResult wrong = post(null, "/api/auth/login/second-factor",
                    Map.of("challenge", challenge(username), "code", wrongCode(secret)));
            assertThat(wrong).hasStatus(401);
        }

        MvcTestResult locked = post(null, "/api/auth/login", Map.of("username", username, "password", PASSWORD));
        assertThat(locked).hasStatus(401);
        assertThat(body(locked).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void an_sms_code_to_the_accounts_phone_is_a_second_factor_and_travels_sealed() {
        String username = administrator("139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        String token = signIn(username);
        JsonNode setup = ok(post(token, "/api/auth/second-factor/setup", Map.of("method", "SMS")));
        assertThat(setup.get("phone").asString()).contains("****");
        MvcTestResult on = post(token, "/api/auth/second-factor/confirm",
                Map.of("challenge", setup.get("challenge").asString(), "code", lastSmsCode(username)));
        assertThat(on).hasStatus(200);
        assertThat(body(on).get("method").asString()).isEqualTo("SMS");

        JsonNode answer = ok(post(null, "/api/auth/login", Map.of("username", username, "password", PASSWORD)));
        assertThat(answer.get("secondFactor").get("method").asString()).isEqualTo("SMS");
        assertThat(post(null, "/api/auth/login/second-factor", Map.of("challenge",
                answer.get("secondFactor").get("challenge").asString(), "code", lastSmsCode(username)))).hasStatus(200);
    }

    @Test
    void sms_is_refused_at_setup_for_an_account_without_a_phone() {
        MvcTestResult refused = post(signIn(administrator(null)), "/api/auth/second-factor/setup", Map.of("method", "SMS"));

        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("method");
    }

    @Test
    void a_wrong_first_code_leaves_the_second_factor_off() {
        String username = administrator(null);
        String token = signIn(username);
        JsonNode setup = ok(post(token, "/api/auth/second-factor/setup", Map.of("method", "TOTP")));

        MvcTestResult wrong = post(token, "/api/auth/second-factor/confirm",
                Map.of("challenge", setup.get("challenge").asString(), "code", wrongCode(setup.get("secret").asString())));

        assertThat(wrong).hasStatus(400);
        assertThat(body(wrong).get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(ok(get(token, "/api/auth/second-factor")).has("method")).isFalse();
        assertThat(ok(post(null, "/api/auth/login", Map.of("username", username, "password", PASSWORD))).has("accessToken")).isTrue();
    }

    @Test
    void turning_it_off_takes_the_password_and_a_lost_phone_is_reset_by_an_administrator_above() {
        String username = administrator(null);
        String token = signIn(username);
        turnOnTotp(token);
        MvcTestResult wrongPassword = post(token, "/api/auth/second-factor/off", Map.of("password", "Not-the-password-1"));
        assertThat(wrongPassword).hasStatus(400);
        assertThat(body(wrongPassword).get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(ok(get(token, "/api/auth/second-factor")).get("method").asString()).isEqualTo("TOTP");

        long id = jdbc.queryForObject("SELECT id FROM account WHERE username = ?", Long.class, username);
        JsonNode reset = ok(post(admin, "/api/auth/accounts/" + id + "/reset-second-factor", Map.of()));

        assertThat(reset.has("secondFactor")).isFalse();
        assertThat(ok(post(null, "/api/auth/login", Map.of("username", username, "password", PASSWORD))).has("accessToken")).isTrue();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = 'SECOND_FACTOR_RESET'", username))
                .isEqualTo(1);
    }

    @Test
    void the_secret_is_stored_encrypted_and_the_setup_answer_is_kept_by_no_cache() {
        String username = administrator(null);
        String token = signIn(username);
        MvcTestResult setup = post(token, "/api/auth/second-factor/setup", Map.of("method", "TOTP"));
        assertThat(setup.getResponse().getHeader("Cache-Control")).contains("no-store");
        String secret = body(setup).get("secret").asString();
        assertThat(body(setup).get("otpauthUri").asString()).startsWith("otpauth://totp/").contains("secret=" + secret);
        assertThat(post(token, "/api/auth/second-factor/confirm", Map.of("challenge",
                body(setup).get("challenge").asString(), "code", code(secret, 0)))).hasStatus(200);

        String stored = jdbc.queryForObject("SELECT totp_secret_enc FROM account WHERE username = ?", String.class, username);
        assertThat(stored).doesNotContain(secret).contains(":");
    }

    /** An organisation administrator with a known password, no first-login change pending. */
    private String administrator(String phone) {
        String username = "twofa_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> account = new java.util.HashMap<>(Map.of("username", username, "password", PASSWORD,
                "orgId", String.valueOf(rootId), "roles", List.of("ORG_ADMIN"), "displayName", "组织委员"));
        if (phone != null) {
            account.put("phone", phone);
        }
        assertThat(post(admin, "/api/auth/accounts", account)).hasStatus(201);
        jdbc.update("UPDATE account SET must_change_password = FALSE WHERE username = ?", username);
        return username;
    }

    private String signIn(String username) {
        return ok(post(null, "/api/auth/login", Map.of("username", username, "password", PASSWORD)))
                .get("accessToken").asString();
    }

    /** Sets TOTP up as the portal does: the secret from the setup, the app's present code to confirm it. */
    private String turnOnTotp(String token) {
        JsonNode setup = ok(post(token, "/api/auth/second-factor/setup", Map.of("method", "TOTP")));
        String secret = setup.get("secret").asString();
        JsonNode on = ok(post(token, "/api/auth/second-factor/confirm",
                Map.of("challenge", setup.get("challenge").asString(), "code", code(secret, 0))));
        assertThat(on.get("method").asString()).isEqualTo("TOTP");
        return secret;
    }

    private String challenge(String username) {
        return ok(post(null, "/api/auth/login", Map.of("username", username, "password", PASSWORD)))
                .get("secondFactor").get("challenge").asString();
    }

    /** The app's code {@code stepsAhead} steps from now (the window takes the next step too). */
    private String code(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(clock.instant()) + stepsAhead);
    }

    /** A code no step of the window has. */
    private String wrongCode(String secret) {
        long now = Totp.step(clock.instant());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(Totp.code(secret, now - 1)) && !code.equals(Totp.code(secret, now))
                    && !code.equals(Totp.code(secret, now + 1))) {
                return code;
            }
        }
    }

    private String lastSmsCode(String username) {
        long id = jdbc.queryForObject("SELECT id FROM account WHERE username = ?", Long.class, username);
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ? ORDER BY id DESC LIMIT 1", String.class, Long.toString(id));
        String sealed = json.readTree(payload).get("code").asString();
        assertThat(sealed).as("the code travels sealed").doesNotMatch("\\d{6}");
        return seal.open(sealed);
    }
}
