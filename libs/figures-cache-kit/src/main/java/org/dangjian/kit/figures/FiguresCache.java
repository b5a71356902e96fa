package org.dangjian.kit.figures;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computed figures (a subtree's statistics, its analytics) in Redis under the {@link FiguresGeneration} they were
 * computed at: dashboards ask for the same subtree again and again while the data behind them changes a few times a
 * day, and the whole city's figures read tens of thousands of rows. A change retires every entry at once; entries
 * also expire, so retired ones do not pile up. Check the caller's scope before asking: an entry is the figures of
 * whatever its key names, for anyone.
 */
public class FiguresCache {
    private final StringRedisTemplate redis;
    private final FiguresGeneration generation;
    private final JsonMapper json;
    private final String prefix;
    private final Duration ttl;

    FiguresCache(StringRedisTemplate redis, FiguresGeneration generation, JsonMapper json, String prefix,
                 Duration ttl) {
        this.redis = redis;
        this.generation = generation;
        this.json = json;
        this.prefix = prefix;
        this.ttl = ttl;
    }

    /**
     * The figures under {@code key} (what they are of: e.g. the kind, the organisation and the day, when they move
     * with the date), computed and kept when absent or retired. Without Redis they are computed each time.
     */
    public <T> T get(String key, Class<T> type, Supplier<T> compute) {
        String current = generation.current();
        if (current == null) {
            return compute.get();
        }
        String entry = prefix + current + ":" + key;
        try {
            String cached = redis.opsForValue().get(entry);
            if (cached != null) {
                return json.readValue(cached, type);
            }
        } catch (RuntimeException e) {
            return compute.get();
        }
        T computed = compute.get();
        try {
            redis.opsForValue().set(entry, json.writeValueAsString(computed), ttl);
        } catch (RuntimeException ignored) {
            // Served uncached; the next request computes again.
        }
        return computed;
    }
}
