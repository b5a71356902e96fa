package org.dangjian.learning.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Class hours a year per member, ranked per organisation in Redis sorted sets: an hour earned counts on the board of
 * the member's branch and of every organisation above it, so a town's or the city's board is one read. Boards are
 * a view: class_hour_entry is the record, and a year's boards lost with Redis are built again from it when the
 * service starts. Hours count where the member was when they earned them.
 */
@Component
public class Leaderboard {
    private static final String PREFIX = "dj:learning:board:";
    private static final String BUILT = PREFIX + "built:";

    private final StringRedisTemplate redis;
    private final MemberRoster roster;
    private final JdbcClient jdbc;
    private final Clock clock;

    Leaderboard(StringRedisTemplate redis, MemberRoster roster, JdbcClient jdbc, Clock clock) {
        this.redis = redis;
        this.roster = roster;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A member's place on a board: their rank (from 1) and hours; null rank when they have none this year. */
    public record Place(long memberId, Long rank, BigDecimal hours) {
    }

    /** Adds hours just entered in the ledger (after its transaction committed): one pipelined round trip. */
    void add(Collection<Earned> earned) {
        if (earned.isEmpty()) {
            return;
        }
        Map<Long, MemberRef> members = roster.findAll(earned.stream().map(Earned::memberId).distinct().toList());
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (Earned e : earned) {
                MemberRef m = members.get(e.memberId());
                if (m != null) {
                    for (long org : OrgRef.idsOnPath(m.orgPath())) {
                        connection.zSetCommands().zIncrBy(bytes(key(e.earnedOn().getYear(), org)), e.hours().doubleValue(),
                                bytes(Long.toString(e.memberId())));
                    }
                }
            }
            return null;
        });
    }

    /** The first {@code size} of an organisation's board for a year, with how many are on it. */
    Board top(long orgId, int year, int size) {
        String key = key(year, orgId);
        Set<TypedTuple<String>> first = redis.opsForZSet().reverseRangeWithScores(key, 0, size - 1L);
        Long count = redis.opsForZSet().zCard(key);
        List<Place> places = new ArrayList<>();
        long rank = 0;
        for (TypedTuple<String> t : first == null ? Set.<TypedTuple<String>>of() : first) {
            places.add(new Place(Long.parseLong(t.getValue()), ++rank, hours(t.getScore())));
        }
        return new Board(count == null ? 0 : count, places);
    }

    Place placeOf(long orgId, int year, long memberId) {
        String key = key(year, orgId);
        Long rank = redis.opsForZSet().reverseRank(key, Long.toString(memberId));
        Double score = redis.opsForZSet().score(key, Long.toString(memberId));
        return new Place(memberId, rank == null ? null : rank + 1, hours(score == null ? 0 : score));
    }

    record Board(long members, List<Place> top) {
    }

    /**
     * This year's boards missing (Redis restarted without its data, a new Redis): built again from the ledger,
     * member by member under their branch of now. Hours entered while it runs may count twice on a board until
     * the next rebuild; the ledger itself is never touched.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfLost() {
        int year = LocalDate.now(clock).getYear();
        if (Boolean.TRUE.equals(redis.hasKey(BUILT + year))) {
            return;
        }
        Map<Long, Map<String, Double>> boards = new HashMap<>();
        jdbc.sql("SELECT e.member_id, m.org_path, SUM(e.hours) FROM class_hour_entry e JOIN member_ref m"
                        + " ON m.member_id = e.member_id WHERE e.year = ? GROUP BY e.member_id, m.org_path").param(year)
                .query(rs -> {
                    String member = Long.toString(rs.getLong(1));
                    double hours = rs.getBigDecimal(3).doubleValue();
                    for (long org : OrgRef.idsOnPath(rs.getString(2))) {
                        boards.computeIfAbsent(org, o -> new HashMap<>()).put(member, hours);
                    }
                });
        redis.executePipelined((RedisCallback<Object>) connection -> {
            boards.forEach((org, scores) -> scores.forEach((member, hours) ->
                    connection.zSetCommands().zAdd(bytes(key(year, org)), hours, bytes(member))));
            connection.stringCommands().set(bytes(BUILT + year), bytes("1"));
            return null;
        });
    }

    private static BigDecimal hours(Double score) {
        return BigDecimal.valueOf(score == null ? 0 : score).setScale(1, RoundingMode.HALF_UP);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String key(int year, long orgId) {
        return PREFIX + year + ":" + orgId;
    }
}
