package org.dangjian.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.dangjian.gateway.support.Tokens;
import org.dangjian.kit.infra.FreePort;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

class AuthRulesTest {

    @Test
    void identityHeadersAreRecognisedWhateverTheirCase() {
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-Org-Id")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("x-org-path")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-USER-ID")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-User-Roles")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-Roles")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-Member-Id")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-Account-Id")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-Forwarded-User")).isTrue();
        assertThat(IdentityHeaderFilter.isIdentityHeader("Authorization")).isFalse();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-Trace-Id")).isFalse();
        assertThat(IdentityHeaderFilter.isIdentityHeader("X-Forwarded-For")).isFalse();
        assertThat(IdentityHeaderFilter.isIdentityHeader("Idempotency-Key")).isFalse();
    }

    @Test
    void aBareServiceIdIsFetchedThroughTheLoadBalancer() {
        assertThat(props("http://org-service/api/auth/jwks", null).loadBalancedJwks()).isTrue();
        assertThat(props("http://127.0.0.1:8081/api/auth/jwks", null).loadBalancedJwks()).isFalse();
        assertThat(props("http://localhost:8081/jwks", null).loadBalancedJwks()).isFalse();
        assertThat(props("https://auth.example.org/jwks", null).loadBalancedJwks()).isFalse();
        assertThat(props("http://[::1]:8081/jwks", null).loadBalancedJwks()).isFalse();
        assertThat(props("http://org-service/api/auth/jwks", false).loadBalancedJwks()).isFalse();
        assertThat(props("http://keys.internal.example/jwks", true).loadBalancedJwks()).isTrue();
    }

    private static SecurityProperties props(String uri, Boolean loadBalanced) {
        return new SecurityProperties(URI.create(uri), loadBalanced, Duration.ofSeconds(5), Duration.ofSeconds(30), null);
    }

    @Test
    void expiryAllowsTheClockSkewAndNoMore() {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        TokenExpiryValidator validator = new TokenExpiryValidator(Duration.ofSeconds(30),
                Clock.fixed(now, ZoneOffset.UTC));

        assertThat(validator.validate(jwt(now.minusSeconds(20), null)).hasErrors()).isFalse();
        assertThat(validator.validate(jwt(now.minusSeconds(40), null)).getErrors())
                .anyMatch(error -> error.getErrorCode().equals(TokenExpiryValidator.EXPIRED));
        assertThat(validator.validate(jwt(null, null)).hasErrors()).isTrue();
        assertThat(validator.validate(jwt(now.plusSeconds(600), now.plusSeconds(120))).hasErrors()).isTrue();
    }

    private static Jwt jwt(Instant expiresAt, Instant notBefore) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("1")
                .issuedAt(Instant.parse("2026-01-01T11:00:00Z"));
        if (expiresAt != null) {
            builder.expiresAt(expiresAt);
        }
        if (notBefore != null) {
            builder.notBefore(notBefore);
        }
        return builder.claims(claims -> claims.putAll(Map.of("iss", "dangjian-cloud"))).build();
    }

    @Test
    void unreachableKeysMeanCouldNotCheckWhileGarbageMeansBadToken() {
        NimbusReactiveJwtDecoder unreachable = NimbusReactiveJwtDecoder
                .withJwkSetUri("http://127.0.0.1:" + FreePort.find() + "/jwks")
                .webClient(WebClient.create())
                .build();
        GatewayJwtDecoder decoder = new GatewayJwtDecoder(unreachable, null);
        String token = Tokens.generate().valid();

        Throwable keysDown = catchError(decoder, token);
        assertThat(keysDown).isInstanceOf(TokenExceptions.VerificationUnavailable.class)
                .isNotInstanceOf(BadJwtException.class);

        assertThat(catchError(decoder, "garbage")).isInstanceOf(BadJwtException.class);
        assertThat(catchError(decoder, "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.")).isInstanceOf(BadJwtException.class);
    }

    private static Throwable catchError(GatewayJwtDecoder decoder, String token) {
        try {
            decoder.decode(token).block(Duration.ofSeconds(10));
            throw new AssertionError("expected " + token + " to fail");
        } catch (RuntimeException e) {
            return e;
        }
    }
}
