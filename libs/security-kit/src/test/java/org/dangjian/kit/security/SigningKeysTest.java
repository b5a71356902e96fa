package org.dangjian.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/** How a service holds org-service's signing keys: cached, refreshed on a new key id, kept through an outage. */
class SigningKeysTest {
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer orgService;
    private String jwksUri;

    @BeforeEach
    void startOrgService() throws Exception {
        orgService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        orgService.createContext("/api/auth/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        orgService.start();
        jwksUri = "http://127.0.0.1:" + orgService.getAddress().getPort() + "/api/auth/jwks";
    }

    @AfterEach
    void stopOrgService() {
        orgService.stop(0);
    }

    private JwtDecoder verifier(Duration ttl) {
        return NimbusJwtDecoder.withJwkSource(SigningKeys.remote(jwksUri, new RestTemplate(), ttl))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
    }

    private static String token(RSAKey key, String subject) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("dangjian-cloud").subject(subject).jwtID(subject)
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void the_last_keys_fetched_stay_in_use_while_org_service_is_unreachable() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        published.set(new JWKSet(key.toPublicJWK()));
        JwtDecoder verifier = verifier(Duration.ofMillis(1));
        assertThat(verifier.decode(token(key, "7")).getSubject()).isEqualTo("7");

        orgService.stop(0);

        // the cache has expired (1 ms), the fetch fails: the keys fetched before still verify
        assertThat(verifier.decode(token(key, "8")).getSubject()).isEqualTo("8");
    }

    @Test
    void a_token_signed_with_a_new_key_fetches_the_keys_again_at_once() throws Exception {
        RSAKey first = new RSAKeyGenerator(2048).keyID("k1").generate();
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("k2").generate();
        published.set(new JWKSet(first.toPublicJWK()));
        JwtDecoder verifier = verifier(Duration.ofHours(1));
        verifier.decode(token(first, "1"));
        verifier.decode(token(first, "2"));
        assertThat(fetches).as("keys are fetched once, not per token").hasValue(1);

        published.set(new JWKSet(List.of(first.toPublicJWK(), rotated.toPublicJWK())));

        assertThat(verifier.decode(token(rotated, "3")).getSubject()).isEqualTo("3");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void with_keys_pinned_a_key_published_under_a_trusted_key_id_verifies_nothing() throws Exception {
        RSAKey ours = new RSAKeyGenerator(2048).keyID("k1").generate();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("k1").generate();
        JwtDecoder pinnedVerifier = NimbusJwtDecoder.withJwkSource(SigningKeys.pinned(
                        SigningKeys.remote(jwksUri, new RestTemplate(), Duration.ofMillis(1)),
                        java.util.Set.of(org.dangjian.auth.contract.PinnedKeys.thumbprint(ours.toPublicJWK()))))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();

        published.set(new JWKSet(ours.toPublicJWK()));
        assertThat(pinnedVerifier.decode(token(ours, "1")).getSubject()).isEqualTo("1");

        // an instance registered as org-service publishes its own key under the same key id
        published.set(new JWKSet(impostor.toPublicJWK()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pinnedVerifier.decode(token(impostor, "2")))
                .isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
    }
}
