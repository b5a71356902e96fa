package org.dangjian.org.auth;

import java.time.Clock;
import java.time.Instant;
import org.dangjian.auth.contract.RevokedTokens;
import org.dangjian.org.account.AccountTokens;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends every token an account holds: its refresh families (in the caller's transaction) and, through the
 * Redis revocation mark every verifier checks, its access tokens issued up to now. Used by the password
 * change and by administrators' account changes (roles, organisation, disable, password reset).
 */
@Component
public class TokenRevocation implements AccountTokens {
    private final RefreshTokens refreshTokens;
    private final StringRedisTemplate redis;
    private final AuthProperties props;
    private final Clock clock;

    public TokenRevocation(RefreshTokens refreshTokens, StringRedisTemplate redis, AuthProperties props, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.redis = redis;
        this.props = props;
        this.clock = clock;
    }

    /** Revokes every refresh family of the account; call inside the transaction that changes the account. */
    @Override
    public void revokeRefreshTokens(long accountId) {
        refreshTokens.revokeAllOf(accountId);
    }

    /**
     * Marks the account's access tokens issued until now revoked and returns the mark (an epoch second);
     * call after the change committed. Tokens issued afterwards are dated after it.
     */
    @Override
    public long markAccessTokensRevoked(long accountId) {
        // At least one past the previous mark: tokens handed out since then may be dated up to it plus one.
        String key = RevokedTokens.accountKey(Long.toString(accountId));
        String previous = redis.opsForValue().get(key);
        long mark = Math.max(Instant.now(clock).getEpochSecond(), previous == null ? 0 : Long.parseLong(previous.trim()) + 1);
        // Lives as long as any refresh token could have: nothing issued before the change outlives it.
        redis.opsForValue().set(key, Long.toString(mark), props.refreshTokenTtl());
        return mark;
    }
}
