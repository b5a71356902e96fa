package org.dangjian.points.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Rankings as Redis sorted sets, one per organisation and year, holding the members of its whole
 * subtree: a member is in the set of every organisation on their path, so "my rank in the town" and
 * "the city's top 50" are each one O(log n) command. Beside the sets, each organisation's sum of scores
 * (kept by a Lua script in the same atomic step) gives its average without reading the set. member_total
 * in MySQL is the truth; these mirror it and are rewritten by a recalculation.
 */
@Component
public class Rankings {
    private static final RedisScript<Long> SET_SCORE =
            RedisScript.of(new ClassPathResource("redis/set-score.lua"), Long.class);
    private final StringRedisTemplate redis;

    Rankings(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** A member's score as the sets should hold it; {@code orgPath} null or inactive: out of every set. */
    public record Score(long memberId, String orgPath, double total) {
    }

    /** Puts each member in the sets of their path with their score, keeping the organisations' sums. */
    public void put(int year, Collection<Score> scores) {
        scores.forEach(s -> setScore(year, s, Double.toString(s.total())));
    }

    /** Takes members out of the sets of the paths they were on (they left, or moved away from them). */
    public void remove(int year, Collection<Score> from) {
        from.forEach(s -> setScore(year, s, ""));
    }

    private void setScore(int year, Score s, String score) {
        List<String> keys = new ArrayList<>();
        keys.add(sumsKey(year));
        OrgRef.idsOnPath(s.orgPath()).forEach(org -> keys.add(key(year, org)));
        redis.execute(SET_SCORE, keys, Long.toString(s.memberId()), score);
    }

    /**
     * A recalculation's way in: every active member's score, a chunk at a time, pipelined (no sums kept
     * here: the recalculation adds them up and {@link #replaceSums} writes them at the end).
     */
    public void rewrite(int year, Collection<Score> scores) {
        if (scores.isEmpty()) {
            return;
        }
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> Object execute(RedisOperations<K, V> operations) {
                ZSetOperations<String, String> ops = (ZSetOperations<String, String>) operations.opsForZSet();
                for (Score s : scores) {
                    for (long org : OrgRef.idsOnPath(s.orgPath())) {
                        ops.add(key(year, org), Long.toString(s.memberId()), s.total());
                    }
                }
                return null;
            }
        });
    }

    /** The year's sums as a recalculation added them up, swapped in at once. */
    public void replaceSums(int year, Map<Long, Double> sums) {
        String fresh = sumsKey(year) + ":new";
        redis.delete(fresh);
        Map<String, String> fields = new HashMap<>();
        sums.forEach((org, sum) -> fields.put(Long.toString(org), Double.toString(sum)));
        if (fields.isEmpty()) {
            redis.delete(sumsKey(year));
            return;
        }
        redis.opsForHash().putAll(fresh, fields);
        redis.rename(fresh, sumsKey(year));
    }

    /** An organisation's average score, or empty when it ranks nobody. */
    public Optional<BigDecimal> average(int year, long orgId) {
        long size = size(year, orgId);
        Object sum = redis.opsForHash().get(sumsKey(year), Long.toString(orgId));
        if (size == 0 || sum == null) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(Double.parseDouble(sum.toString()) / size)
                .setScale(1, RoundingMode.HALF_UP));
    }

    /** A member's place: 1 + how many in the set score strictly more (equal scores share a rank). */
    public Optional<Place> placeOf(int year, long orgId, long memberId) {
        String key = key(year, orgId);
        Double score = redis.opsForZSet().score(key, Long.toString(memberId));
        if (score == null) {
            return Optional.empty();
        }
        Long higher = redis.opsForZSet().count(key, Math.nextUp(score), Double.POSITIVE_INFINITY);
        Long of = redis.opsForZSet().zCard(key);
        return Optional.of(new Place(memberId, score, higher == null ? 1 : higher + 1, of == null ? 0 : of));
    }

    /** The first {@code size} of an organisation's set, ranks shared by equal scores. */
    public List<Place> top(int year, long orgId, int size) {
        String key = key(year, orgId);
        Set<ZSetOperations.TypedTuple<String>> tuples = redis.opsForZSet().reverseRangeWithScores(key, 0, size - 1);
        Long of = redis.opsForZSet().zCard(key);
        List<Place> places = new ArrayList<>();
        if (tuples == null) {
            return places;
        }
        long rank = 0;
        int position = 0;
        Double previous = null;
        for (ZSetOperations.TypedTuple<String> t : tuples) {
            position++;
            if (previous == null || t.getScore() < previous) {
                rank = position;
            }
            previous = t.getScore();
            places.add(new Place(Long.parseLong(t.getValue()), t.getScore(), rank, of == null ? 0 : of));
        }
        return places;
    }

    /** How many members an organisation's set ranks. */
    public long size(int year, long orgId) {
        Long n = redis.opsForZSet().zCard(key(year, orgId));
        return n == null ? 0 : n;
    }

    /** A rank within an organisation's set of {@code of} members. */
    public record Place(long memberId, double score, long rank, long of) {
    }

    static String key(int year, long orgId) {
        return "dj:points:rank:" + year + ":" + orgId;
    }

    static String sumsKey(int year) {
        return "dj:points:sum:" + year;
    }
}
