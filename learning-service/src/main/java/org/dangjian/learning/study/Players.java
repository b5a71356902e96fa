package org.dangjian.learning.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Each learner's playing state in Redis (one hash per learner, shared by all their devices and all replicas) and
 * the buffer of accepted heartbeats the flush drains. A heartbeat is judged against the state it read and accepted
 * only if nobody changed it meanwhile (compare and set in one script, which also buffers it).
 */
@Component
class Players {
    static final String BUFFER = "learning:heartbeats";
    private static final Duration KEPT_FOR = Duration.ofDays(7);
    private static final RedisScript<Long> ACCEPT =
            RedisScript.of(new ClassPathResource("redis/accept-heartbeat.lua"), Long.class);
    private final StringRedisTemplate redis;

    Players(StringRedisTemplate redis) {
        this.redis = redis;
    }

    Optional<Playing> of(long memberId) {
        Map<Object, Object> h = redis.opsForHash().entries(key(memberId));
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Playing(Long.parseLong((String) h.get("lesson")), Integer.parseInt((String) h.get("position")),
                Instant.ofEpochMilli(Long.parseLong((String) h.get("at"))), (String) h.get("hb"),
                Long.parseLong((String) h.get("seq"))));
    }

    /** False when another heartbeat of the learner was accepted since {@code last} was read. */
    boolean accept(long memberId, Playing last, Playing next, long creditedMs) {
        Accepted buffered = new Accepted(memberId, next.lessonId(), next.seq(), next.position(), creditedMs);
        Long done = redis.execute(ACCEPT, List.of(key(memberId), BUFFER),
                last == null ? "0" : Long.toString(last.seq()), Long.toString(next.lessonId()),
                Integer.toString(next.position()), Long.toString(next.at().toEpochMilli()), next.heartbeatId(),
                Long.toString(next.seq()), buffered.line(), Long.toString(KEPT_FOR.toSeconds()));
        return done != null && done == 1;
    }

    /** Up to {@code max} buffered heartbeats, oldest first, left in the buffer until {@link #drop} after they are applied. */
    List<Accepted> buffered(int max) {
        List<String> lines = redis.opsForList().range(BUFFER, 0, max - 1L);
        return lines == null ? List.of() : lines.stream().map(Accepted::parse).toList();
    }

    void drop(int count) {
        redis.opsForList().trim(BUFFER, count, -1);
    }

    private static String key(long memberId) {
        return "learning:playing:" + memberId;
    }
}
