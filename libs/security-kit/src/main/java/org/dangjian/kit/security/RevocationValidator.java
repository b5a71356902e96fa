package org.dangjian.kit.security;

import java.time.Instant;
import org.dangjian.auth.contract.RevokedTokens;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses tokens revoked before expiry: by logout (its jti) or by a password change (its account). */
public class RevocationValidator implements OAuth2TokenValidator<Jwt> {
    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "token revoked", null);
    private final StringRedisTemplate redis;

    public RevocationValidator(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (jwt.getId() != null && Boolean.TRUE.equals(redis.hasKey(RevokedTokens.jtiKey(jwt.getId())))) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        String mark = redis.opsForValue().get(RevokedTokens.accountKey(jwt.getSubject()));
        Instant issued = jwt.getIssuedAt();
        if (issued != null && RevokedTokens.issuedBeforeMark(issued.getEpochSecond(), mark)) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
