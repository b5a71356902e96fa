package org.dangjian.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Requires {@code exp} and checks it and {@code nbf} with a little clock skew. An expired token
 * gets its own error code, so the client hears TOKEN_EXPIRED (refresh) rather than UNAUTHORIZED.
 */
final class TokenExpiryValidator implements OAuth2TokenValidator<Jwt> {
    static final String EXPIRED = "token_expired";

    private final Duration clockSkew;
    private final Clock clock;

    TokenExpiryValidator(Duration clockSkew, Clock clock) {
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Instant now = clock.instant();
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the token has no expiry", null));
        }
        if (now.minus(clockSkew).isAfter(expiresAt)) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(EXPIRED, "expired at " + expiresAt, null));
        }
        Instant notBefore = jwt.getNotBefore();
        if (notBefore != null && now.plus(clockSkew).isBefore(notBefore)) {
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "not valid before " + notBefore, null));
        }
        return OAuth2TokenValidatorResult.success();
    }
}
