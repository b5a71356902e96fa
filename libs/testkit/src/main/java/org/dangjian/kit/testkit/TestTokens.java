package org.dangjian.kit.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.dangjian.auth.contract.TokenClaims;

/**
 * Access tokens for service tests, signed by a key whose JWKS this class serves on a local port, so
 * services validate them exactly as they validate org-service's tokens.
 */
public final class TestTokens {
    private static RSAKey key;
    private static String jwksUri;

    private TestTokens() {
    }

    static synchronized String jwksUri() {
        if (jwksUri == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
                byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/jwks", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.setExecutor(null);
                server.start();
                jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jwksUri;
    }

    public static String cityAdmin(long orgId, String orgPath) {
        return token(1L, "admin", orgId, orgPath, List.of("CITY_ADMIN"), null, Duration.ofMinutes(15));
    }

    public static String orgAdmin(long accountId, long orgId, String orgPath) {
        return token(accountId, "admin-" + orgId, orgId, orgPath, List.of("ORG_ADMIN"), null, Duration.ofMinutes(15));
    }

    /** An applicant's token: role APPLICANT, their recruitment case in {@code applicant_id}, no member id. */
    public static String applicant(long accountId, long caseId, long orgId, String orgPath) {
        return token(accountId, "a" + caseId, orgId, orgPath, List.of("APPLICANT"), null, Duration.ofMinutes(15),
                caseId);
    }

    /** A service's token as org-service issues it: subject {@code service:<name>}, role SERVICE, no organisation. */
    public static String service(String name) {
        jwksUri();
        Instant now = Instant.now();
        return sign(new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .subject(TokenClaims.SERVICE_SUBJECT_PREFIX + name)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim(TokenClaims.USERNAME, name)
                .claim(TokenClaims.ROLES, List.of(TokenClaims.SERVICE_ROLE)));
    }

    /** A token valid for {@code lifetime}; a negative lifetime gives an expired token. */
    public static String token(long accountId, String username, long orgId, String orgPath, List<String> roles,
                               Long memberId, Duration lifetime) {
        return token(accountId, username, orgId, orgPath, roles, memberId, lifetime, null);
    }

    private static String token(long accountId, String username, long orgId, String orgPath, List<String> roles,
                                Long memberId, Duration lifetime, Long applicantId) {
        jwksUri();
        Instant now = Instant.now();
        Instant issued = lifetime.isNegative() ? now.plus(lifetime).minusSeconds(60) : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .subject(Long.toString(accountId))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim(TokenClaims.USERNAME, username)
                .claim(TokenClaims.ORG_ID, Long.toString(orgId))
                .claim(TokenClaims.ORG_PATH, orgPath)
                .claim(TokenClaims.ROLES, roles);
        if (memberId != null) {
            claims.claim(TokenClaims.MEMBER_ID, Long.toString(memberId));
        }
        if (applicantId != null) {
            claims.claim(TokenClaims.APPLICANT_ID, Long.toString(applicantId));
        }
        return sign(claims);
    }

    private static String sign(JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
