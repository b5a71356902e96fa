package org.dangjian.kit.security.otp;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/**
 * Six-digit one-time codes in Redis for one purpose (SMS login, a member's phone change...), each for a
 * subject the caller chooses (a phone's blind index, a member and the new phone). Only a keyed hash of
 * the code is kept, with a count of wrong tries: a code expires after {@code ttl}, is gone after
 * {@code maxTries} wrong answers, and is used up by the right one. Checking and counting is one Lua
 * script, so two parallel guesses cannot both get the same try. A subject may ask once per
 * {@code interval} ({@link #takeRequestSlot}).
 *
 * <p>The kit has no key of its own: {@code keyedHash} is the service's HMAC (its blind index), so a
 * Redis dump alone does not give the codes away.
 */
public class OneTimeCodes {
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
    private final UnaryOperator<String> keyedHash;
    private final String keyPrefix;
    private final Duration ttl;
    private final int maxTries;
    private final Duration interval;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keyPrefix Redis key prefix naming the purpose, e.g. {@code dj:auth:login-code:}; it is also
     *                  part of what is hashed, so a code of one purpose never answers another
     */
    public OneTimeCodes(StringRedisTemplate redis, UnaryOperator<String> keyedHash, String keyPrefix, Duration ttl,
                        int maxTries, Duration interval) {
        this.redis = Objects.requireNonNull(redis);
        this.keyedHash = Objects.requireNonNull(keyedHash);
        this.keyPrefix = Objects.requireNonNull(keyPrefix);
        this.ttl = Objects.requireNonNull(ttl);
        this.maxTries = maxTries;
        this.interval = Objects.requireNonNull(interval);
    }

    /** How long an issued code is good. */
    public Duration ttl() {
        return ttl;
    }

    /** Takes the subject's one request per interval; false when one was already made within it. */
    public boolean takeRequestSlot(String subject) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keyPrefix + "rate:" + subject, "1", interval));
    }

    /** A new six-digit code for the subject, replacing any earlier one. */
    public String issue(String subject) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        String key = keyPrefix + "code:" + subject;
        redis.delete(key);
        redis.opsForHash().putAll(key, Map.of("h", hash(subject, code), "t", "0"));
        redis.expire(key, ttl);
        return code;
    }

    /** Whether {@code code} is the subject's current code; a right answer uses it up, a wrong one counts. */
    public boolean verify(String subject, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            code = "";
        }
        Long ok = redis.execute(VERIFY, List.of(keyPrefix + "code:" + subject), hash(subject, code),
                Integer.toString(maxTries));
        return ok != null && ok == 1L;
    }

    private String hash(String subject, String code) {
        return keyedHash.apply(keyPrefix + subject + ":" + code);
    }
}
