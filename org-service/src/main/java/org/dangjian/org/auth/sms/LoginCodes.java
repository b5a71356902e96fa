package org.dangjian.org.auth.sms;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.org.auth.AuthProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * One-time login codes in Redis, keyed by the phone's blind index. Only a keyed hash of the code is
 * kept, with a count of wrong tries; the code expires on its own, is gone after the last allowed wrong
 * try, and is used up by the right one. Checking and counting is one Lua script, so two parallel guesses
 * cannot both get the same try.
 */
@Component
public class LoginCodes {
    private static final String PREFIX = "dj:auth:login-code:";
    private static final DefaultRedisScript<Long> VERIFY = new DefaultRedisScript<>("""
            local h = redis.call('HGET', KEYS[1], 'h')
            if not h then return 0 end
            if h == ARGV[1] then
              redis.call('DEL', KEYS[1])
              return 1
            end
            local tries = redis.call('HINCRBY', KEYS[1], 't', 1)
            if tries >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final BlindIndex hmac;
    private final AuthProperties props;
    private final SecureRandom random = new SecureRandom();

    public LoginCodes(StringRedisTemplate redis, BlindIndex hmac, AuthProperties props) {
        this.redis = redis;
        this.hmac = hmac;
        this.props = props;
    }

    /** Takes the phone's one request per interval; false when one was already made within it. */
    public boolean takeRequestSlot(String phoneIdx) {
        return Boolean.TRUE.equals(redis.opsForValue()
                .setIfAbsent(PREFIX + "rate:" + phoneIdx, "1", props.getLoginCodeInterval()));
    }

    /** A new six-digit code for the phone, replacing any earlier one. */
    public String issue(String phoneIdx) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        String key = PREFIX + "code:" + phoneIdx;
        redis.delete(key);
        redis.opsForHash().putAll(key, Map.of("h", hash(phoneIdx, code), "t", "0"));
        redis.expire(key, props.getLoginCodeTtl());
        return code;
    }

    /** Whether {@code code} is the phone's current code; a right answer uses it up, a wrong one counts. */
    public boolean verify(String phoneIdx, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            code = "";
        }
        Long ok = redis.execute(VERIFY, List.of(PREFIX + "code:" + phoneIdx), hash(phoneIdx, code),
                Integer.toString(props.getLoginCodeMaxTries()));
        return ok != null && ok == 1L;
    }

    private String hash(String phoneIdx, String code) {
        return hmac.of("login-code:" + phoneIdx + ":" + code);
    }
}
