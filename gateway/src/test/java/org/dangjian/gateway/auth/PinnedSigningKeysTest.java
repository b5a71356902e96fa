package org.dangjian.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.dangjian.auth.contract.PinnedKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/** Issue 16 item 3: with keys pinned, a key another instance publishes as org-service's verifies nothing. */
class PinnedSigningKeysTest {
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private HttpServer orgService;

    @BeforeEach
    void startOrgService() throws Exception {
        orgService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        orgService.createContext("/api/auth/jwks", exchange -> {
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        orgService.start();
    }

    @AfterEach
    void stopOrgService() {
        orgService.stop(0);
    }

    @Test
    void aKeyPublishedUnderTheTrustedKeyIdButNotPinnedVerifiesNothing() throws Exception {
        RSAKey ours = new RSAKeyGenerator(2048).keyID("k1").generate();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("k1").generate();
        ReactiveJwtDecoder pinned = JwtDecoderConfig.verifier(properties(Set.of(PinnedKeys.thumbprint(ours.toPublicJWK()))),
                WebClient.create());

        published.set(new JWKSet(ours.toPublicJWK()));
        assertThat(pinned.decode(token(ours, "1")).block().getSubject()).isEqualTo("1");

        published.set(new JWKSet(impostor.toPublicJWK()));
        ReactiveJwtDecoder fresh = JwtDecoderConfig.verifier(properties(Set.of(PinnedKeys.thumbprint(ours.toPublicJWK()))),
                WebClient.create());
        assertThatThrownBy(() -> fresh.decode(token(impostor, "2")).block()).isInstanceOf(JwtException.class);
        assertThat(JwtDecoderConfig.verifier(properties(Set.of()), WebClient.create()).decode(token(impostor, "3"))
                .block().getSubject()).as("nothing pinned: the key set decides").isEqualTo("3");
    }

    private SecurityProperties properties(Set<String> trusted) {
        return new SecurityProperties(URI.create("http://127.0.0.1:" + orgService.getAddress().getPort() + "/api/auth/jwks"),
                false, Duration.ofSeconds(5), Duration.ofSeconds(30), trusted);
    }

    private static String token(RSAKey key, String subject) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("dangjian-cloud").subject(subject)
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
