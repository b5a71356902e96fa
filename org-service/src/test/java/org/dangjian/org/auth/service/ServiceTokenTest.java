package org.dangjian.org.auth.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.org.auth.SigningKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * A service trading its name and secret for a token: what it gets, what a wrong secret, a service that calls
 * nobody or a caller without a secret gets, what the token opens, and the audit trail. The callers are the
 * described services with {@code calls}: here fake-service (a description only this test classpath has, in
 * src/test/resources/META-INF/dj/services), its secret in {@code DJ_SERVICE_SECRET_FAKE_SERVICE} as the
 * launcher and Kubernetes pass it.
 */
@TestPropertySource(properties = {"dj.admin.password=Kunshan-2026-admin",
        "DJ_SERVICE_SECRET_FAKE_SERVICE=" + ServiceTokenTest.SECRET,
        // points-service calls nobody: a secret in its name opens nothing
        "DJ_SERVICE_SECRET_POINTS_SERVICE=" + ServiceTokenTest.SECRET,
        // notify-service is a caller, but without its secret set
        "DJ_SERVICE_SECRET_NOTIFY_SERVICE="})
class ServiceTokenTest extends ServiceApiTest {
    static final String SECRET = "test-service-secret-5d1e";
    private static final String PATH = "/internal/auth/service-token";

    @Autowired
    SigningKeys keys;

    private MvcTestResult ask(String service, String secret) {
        return post(null, PATH, Map.of("service", service, "secret", secret));
    }

    @Test
    void a_described_caller_with_its_secret_gets_a_signed_ten_minute_service_token_without_an_organisation()
            throws Exception {
        MvcTestResult result = ask("fake-service", SECRET);
        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        JsonNode body = body(result);
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asInt()).isEqualTo(600);

        SignedJWT jwt = SignedJWT.parse(body.get("accessToken").asString());
        assertThat(jwt.verify(new RSASSAVerifier(keys.active().toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("service:fake-service");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SERVICE");
        assertThat(jwt.getJWTClaimsSet().getClaims()).doesNotContainKeys("org_id", "org_path", "member_id");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(audited("SUCCESS")).isPositive();
    }

    @Test
    void a_wrong_secret_a_service_that_calls_nobody_and_a_caller_without_its_secret_are_refused_and_audited() {
        int before = audited("FAILURE");
        MvcTestResult wrong = ask("fake-service", SECRET + "x");
        assertThat(wrong).hasStatus(401);
        assertThat(body(wrong).get("code").asString()).isEqualTo("SERVICE_CREDENTIALS_INVALID");
        assertThat(ask("points-service", SECRET)).as("calls nobody, though a secret is set").hasStatus(401);
        assertThat(ask("notify-service", "anything")).as("a caller whose secret is not set").hasStatus(401);
        assertThat(ask("ghost-service", SECRET)).as("not described").hasStatus(401);
        assertThat(audited("FAILURE") - before).isEqualTo(4);
    }

    @Test
    void the_service_token_opens_no_public_api_route() {
        String token = body(ask("fake-service", SECRET)).get("accessToken").asString();
        MvcTestResult me = mvc.get().uri("/api/auth/me").header("Authorization", "Bearer " + token).exchange();
        assertThat(me).hasStatus(403);
    }

    /** The own-password route is open to "any signed-in account"; a service is none, and used to get a 500. */
    @Test
    void a_service_token_on_the_own_password_route_is_refused_403_not_a_500() {
        String token = body(ask("fake-service", SECRET)).get("accessToken").asString();
        MvcTestResult change = post(token, "/api/auth/password", Map.of("oldPassword", "Whatever-2026-old",
                "newPassword", "Whatever-2026-new"));
        assertThat(change).hasStatus(403);
        assertThat(body(change).get("code").asString()).isEqualTo("FORBIDDEN");
    }

    private int audited(String outcome) {
        return count("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_SERVICE' AND outcome = ?"
                + " AND username LIKE 'service:%'", outcome);
    }
}
