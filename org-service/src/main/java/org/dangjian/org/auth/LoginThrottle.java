package org.dangjian.org.auth;

import java.time.Duration;
import java.util.Locale;
import org.dangjian.org.account.LockoutCleared;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Bounds password guessing before any hash is computed. Each attempt on an account is counted in Redis (one atomic
 * INCR) for the lockout window, and an account gets no more attempts in a window than the failures that lock it: a
 * burst of parallel guesses is turned away at once (429) instead of each being hashed. Failures are counted per
 * client address too (one guess at each of many accounts), up to {@code dj.auth.login-failures-per-address} in a
 * window. A successful login gives the account its attempts back. With Redis unreachable the database's own lockout
 * still holds (logged), so signing in does not depend on Redis.
 */
@Component
class LoginThrottle {
    static final String TOO_MANY_ATTEMPTS = "LOGIN_ATTEMPTS_TOO_MANY";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String ACCOUNT = "dj:login:attempts:account:";
    private static final String ADDRESS = "dj:login:attempts:address:";

    private final StringRedisTemplate redis;
    private final AuthProperties props;

    LoginThrottle(StringRedisTemplate redis, AuthProperties props) {
        this.redis = redis;
        this.props = props;
    }

    /** Counts this attempt; false when the account has used up the window's attempts or the address its failures. */
    boolean admit(String username, String address) {
        try {
            long forAccount = count(ACCOUNT + username.toLowerCase(Locale.ROOT));
            String failures = address == null ? null : redis.opsForValue().get(ADDRESS + address);
            return forAccount <= props.maxFailedLogins()
                    && (failures == null || Long.parseLong(failures) < props.loginFailuresPerAddress());
        } catch (DataAccessException e) {
            log.warn("login throttle unavailable, relying on the account lockout alone: {}", e.getMessage());
            return true;
        }
    }

    /** A wrong password, or a name no account has, from this address. */
    void failed(String address) {
        if (address == null) {
            return;
        }
        try {
            count(ADDRESS + address);
        } catch (DataAccessException e) {
            log.warn("login throttle unavailable: {}", e.getMessage());
        }
    }

    /** An administrator unlocked the account or reset its password. */
    @EventListener
    void cleared(LockoutCleared event) {
        succeeded(event.username());
    }

    /** A successful login: the account starts afresh. */
    void succeeded(String username) {
        try {
            redis.delete(ACCOUNT + username.toLowerCase(Locale.ROOT));
        } catch (DataAccessException e) {
            log.warn("login throttle unavailable: {}", e.getMessage());
        }
    }

    private long count(String key) {
        Long n = redis.opsForValue().increment(key);
        if (n != null && n == 1) {
            redis.expire(key, window());
        }
        return n == null ? 0 : n;
    }

    private Duration window() {
        return props.lockout();
    }
}
