package org.dangjian.member.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computed statistics in Redis, per organisation, day (age bands move with the date) and
 * {@link StatsGeneration}: dashboards ask for the same subtree again and again while members change a few
 * times a day, and the whole city takes a 65,000-row scan. A change retires every entry at once; entries
 * also expire, so retired ones do not pile up.
 */
@Component
class StatsCache {
    private static final String PREFIX = "dj:member:stats:";
    private static final Duration TTL = Duration.ofMinutes(30);

    private final StringRedisTemplate redis;
    private final StatsGeneration generation;
    private final JsonMapper json;

    StatsCache(StringRedisTemplate redis, StatsGeneration generation, JsonMapper json) {
        this.redis = redis;
        this.generation = generation;
        this.json = json;
    }

    MemberStatsView get(long orgId, LocalDate today, Supplier<MemberStatsView> compute) {
        String current = generation.current();
        if (current == null) {
            return compute.get();
        }
        String key = PREFIX + current + ":" + today + ":" + orgId;
        try {
            String cached = redis.opsForValue().get(key);
            if (cached != null) {
                return json.readValue(cached, MemberStatsView.class);
            }
        } catch (RuntimeException e) {
            return compute.get();
        }
        MemberStatsView computed = compute.get();
        try {
            redis.opsForValue().set(key, json.writeValueAsString(computed), TTL);
        } catch (RuntimeException ignored) {
            // Served uncached; the next request computes again.
        }
        return computed;
    }
}
