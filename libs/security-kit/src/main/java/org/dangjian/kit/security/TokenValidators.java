package org.dangjian.kit.security;

import java.time.Duration;
import org.dangjian.auth.contract.TokenClaims;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/** The checks every verifier applies after the signature: expiry (with clock skew), issuer, revocation. */
public final class TokenValidators {
    private TokenValidators() {
    }

    public static OAuth2TokenValidator<Jwt> standard(Duration clockSkew, StringRedisTemplate redis) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(clockSkew),
                new JwtIssuerValidator(TokenClaims.ISSUER),
                new RevocationValidator(redis));
    }
}
