package org.dangjian.gateway.auth;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.auth.contract.RevokedTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the revocation keys org-service writes ({@link RevokedTokens}) in one round trip: the
 * token's own jti key, and the account's "revoked up to" mark. Fails closed: when Redis cannot be
 * asked, the request is refused (503), never let through unchecked.
 */
@Component
class TokenRevocation {
    private static final Logger log = LoggerFactory.getLogger(TokenRevocation.class);

    private final ReactiveStringRedisTemplate redis;

    TokenRevocation(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    Mono<Jwt> check(Jwt jwt) {
        List<String> keys = new ArrayList<>(2);
        keys.add(RevokedTokens.accountKey(jwt.getSubject()));
        if (jwt.getId() != null) {
            keys.add(RevokedTokens.jtiKey(jwt.getId()));
        }
        return redis.opsForValue().multiGet(keys)
                .onErrorMap(e -> new TokenExceptions.VerificationUnavailable("revocation store unavailable", e))
                .flatMap(values -> {
                    if (values.size() > 1 && values.get(1) != null) {
                        return Mono.error(new TokenExceptions.Revoked("token " + jwt.getId() + " was revoked"));
                    }
                    if (revokedByAccountMark(jwt, values.isEmpty() ? null : values.get(0))) {
                        return Mono.error(new TokenExceptions.Revoked("tokens of account " + jwt.getSubject()
                                + " issued before the revocation mark are revoked"));
                    }
                    return Mono.just(jwt);
                });
    }

    private static boolean revokedByAccountMark(Jwt jwt, String mark) {
        if (mark == null) {
            return false;
        }
        // a token without iat cannot prove it came after the mark
        long issuedAt = jwt.getIssuedAt() == null ? 0 : jwt.getIssuedAt().getEpochSecond();
        try {
            return RevokedTokens.issuedBeforeMark(issuedAt, mark);
        } catch (NumberFormatException e) {
            log.warn("unreadable revocation mark for account {}: treating its tokens as revoked", jwt.getSubject());
            return true;
        }
    }
}
