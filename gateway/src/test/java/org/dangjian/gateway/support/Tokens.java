package org.dangjian.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.auth.contract.TokenClaims;

/** RS256 tokens shaped like org-service's, signed with a key generated for the test run. */
public final class Tokens {
    private static final AtomicLong ACCOUNTS = new AtomicLong(1000);

    private final RSAKey key;

    private Tokens(RSAKey key) {
        this.key = key;
    }

    public static Tokens generate() {
        return new Tokens(newKey("test-key"));
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account id no other test uses, so rate-limit buckets never collide. */
    public static long freshAccount() {
        return ACCOUNTS.incrementAndGet();
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public Builder forAccount(long accountId) {
        return new Builder(accountId);
    }

    /** A valid 15-minute token for a fresh account. */
    public String valid() {
        return forAccount(freshAccount()).sign();
    }

    public final class Builder {
        private final long accountId;
        private String jti = UUID.randomUUID().toString();
        private Instant issuedAt = Instant.now().minusSeconds(5);
        private Instant expiresAt = Instant.now().plusSeconds(900);
        private String issuer = TokenClaims.ISSUER;
        private RSAKey signingKey = key;

        private Builder(long accountId) {
            this.accountId = accountId;
        }

        public Builder jti(String value) {
            this.jti = value;
            return this;
        }

        public Builder issuedAt(Instant value) {
            this.issuedAt = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        /** Signed by a stranger's key that claims our key id. */
        public Builder forged() {
            this.signingKey = newKey(key.getKeyID());
            return this;
        }

        /** Signed by a stranger's key under a key id the key set does not hold: the gateway fetches the set again. */
        public Builder unknownKey() {
            this.signingKey = newKey("unknown-" + UUID.randomUUID());
            return this;
        }

        public String sign() {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(Long.toString(accountId))
                    .jwtID(jti)
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .claim(TokenClaims.USERNAME, "user" + accountId)
                    .claim(TokenClaims.ORG_ID, "12")
                    .claim(TokenClaims.ORG_PATH, "/1/12/")
                    .claim(TokenClaims.ROLES, List.of("ORG_ADMIN"))
                    .build();
            try {
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
