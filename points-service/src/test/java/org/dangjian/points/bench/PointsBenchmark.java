package org.dangjian.points.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.HdrHistogram.Histogram;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.points.ranking.RankingQuery;
import org.dangjian.points.ranking.Rankings;
import org.dangjian.points.rules.Recalculations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The city at Kunshan's scale (prints figures, asserts none): 65,000 members in 4,000 branches under 10
 * towns with a year of activity (24 ledger entries each, 1.56 million rows), then
 * <ul>
 *   <li>the recalculation of every member's total after a rule change (target under 30 s),</li>
 *   <li>a member's rank in their branch and in the city, straight from Redis (target p95 under 10 ms),</li>
 *   <li>the city's top-50 page through the API, names and branches included (target p95 under 20 ms).</li>
 * </ul>
 * The members and the ledger are written straight into the tables: seeding, not the subject.
 * Run: ./mvnw -B -pl points-service test -Dtest=PointsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class PointsBenchmark extends ServiceApiTest {
    private static final int MEMBERS = Integer.getInteger("bench.members", 65_000);
    private static final int TOWNS = 10;
    private static final int BRANCHES = 4_000;
    private static final int ENTRIES_PER_MEMBER = 24;
    private static final int WARM_UP = 300;
    private static final String[] TYPES = {"GENERAL_MEETING", "COMMITTEE_MEETING", "THEME_DAY", "STUDY", "VOLUNTEER",
            "PARTY_LECTURE"};

    @Autowired
    Recalculations recalculations;
    @Autowired
    Rankings rankings;
    @Autowired
    RankingQuery rankingQuery;

    @Test
    void recalculation_and_rank_queries_at_city_scale() {
        long cityId = nextId();
        String cityPath = path(cityId);
        long firstTown = nextId();
        for (int i = 1; i < TOWNS; i++) {
            nextId();
        }
        long firstBranch = nextId();
        for (int i = 1; i < BRANCHES; i++) {
            nextId();
        }
        long firstMember = nextId();
        for (int i = 1; i < MEMBERS; i++) {
            nextId();
        }
        long seedStart = System.nanoTime();
        seedTree(cityId, cityPath, firstTown, firstBranch);
        seedMembersAndLedger(cityPath, firstTown, firstBranch, firstMember);
        System.out.printf("BENCH seeded %d members, %d ledger entries in %.1f s%n", MEMBERS,
                MEMBERS * ENTRIES_PER_MEMBER, (System.nanoTime() - seedStart) / 1e9);

        long start = System.nanoTime();
        int recalculated = recalculations.runNow(year());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH recalculation: %d members' totals (MySQL) and rankings (Redis) in %.1f s%n",
                recalculated, seconds);

        Histogram branchRank = new Histogram(60_000_000, 3);
        Histogram cityRank = new Histogram(60_000_000, 3);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 5_000; i++) {
            int n = random.nextInt(MEMBERS);
            long member = firstMember + n;
            long branch = firstBranch + n % BRANCHES;
            long t0 = System.nanoTime();
            rankings.placeOf(year(), branch, member).orElseThrow();
            long t1 = System.nanoTime();
            rankings.placeOf(year(), cityId, member).orElseThrow();
            long t2 = System.nanoTime();
            branchRank.recordValue(Math.max(1, (t1 - t0) / 1_000));
            cityRank.recordValue(Math.max(1, (t2 - t1) / 1_000));
        }
        System.out.printf("BENCH a member's rank (5,000 each): in the branch p50 %.2f ms, p95 %.2f ms; in the city of"
                        + " %d p50 %.2f ms, p95 %.2f ms%n", ms(branchRank, 50), ms(branchRank, 95), MEMBERS,
                ms(cityRank, 50), ms(cityRank, 95));

        CurrentUser cityAdminUser = new CurrentUser(1L, "admin", cityId, cityPath, Set.of(CurrentUser.CITY_ADMIN), null);
        // a running service is warm: the first few hundred calls (class loading, JIT) are not measured
        for (int i = 0; i < WARM_UP; i++) {
            rankingQuery.top(cityId, year(), 50, cityAdminUser);
        }
        Histogram direct = new Histogram(60_000_000, 3);
        for (int i = 0; i < 1_000; i++) {
            long t0 = System.nanoTime();
            rankingQuery.top(cityId, year(), 50, cityAdminUser);
            direct.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
        }
        System.out.printf("BENCH the city's top 50, the query alone (Redis and two look-ups of names): p50 %.2f ms,"
                + " p95 %.2f ms%n", ms(direct, 50), ms(direct, 95));

        String token = TestTokens.cityAdmin(cityId, cityPath);
        for (int i = 0; i < WARM_UP; i++) {
            get(token, "/api/points/rankings?orgId=" + cityId + "&size=50");
        }
        Histogram top = new Histogram(60_000_000, 3);
        for (int i = 0; i < 1_000; i++) {
            long t0 = System.nanoTime();
            int status = get(token, "/api/points/rankings?orgId=" + cityId + "&size=50").getResponse().getStatus();
            top.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
            if (status != 200) {
                throw new IllegalStateException("rankings answered " + status);
            }
        }
        System.out.printf("BENCH the city's top 50 through the API (1,000 requests after 300 to warm up, in-process): p50 %.2f ms,"
                + " p95 %.2f ms, p99 %.2f ms%n", ms(top, 50), ms(top, 95), ms(top, 99));
    }

    private void seedTree(long cityId, String cityPath, long firstTown, long firstBranch) {
        List<Object[]> orgs = new ArrayList<>();
        orgs.add(new Object[] {cityId, null, cityPath, "中共昆山市委", "COMMITTEE"});
        for (int t = 0; t < TOWNS; t++) {
            orgs.add(new Object[] {firstTown + t, cityId, cityPath + (firstTown + t) + "/", "镇党委" + t, "COMMITTEE"});
        }
        for (int b = 0; b < BRANCHES; b++) {
            long town = firstTown + b % TOWNS;
            orgs.add(new Object[] {firstBranch + b, town, cityPath + town + "/" + (firstBranch + b) + "/", "党支部" + b,
                    "BRANCH"});
        }
        jdbc.batchUpdate("INSERT INTO org_ref (org_id, parent_id, path, name, type, status, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 'ACTIVE', NOW(6))", orgs);
    }

    private void seedMembersAndLedger(String cityPath, long firstTown, long firstBranch, long firstMember) {
        LocalDate january = LocalDate.of(year(), 1, 1);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Object[]> members = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int n = 0; n < MEMBERS; n++) {
            long member = firstMember + n;
            long branch = firstBranch + n % BRANCHES;
            long town = firstTown + (n % BRANCHES) % TOWNS;
            members.add(new Object[] {member, branch, cityPath + town + "/" + branch + "/", "党员" + n});
            for (int e = 0; e < ENTRIES_PER_MEMBER; e++) {
                boolean present = random.nextInt(10) < 8;
                entries.add(new Object[] {member, year(), present ? "ATTENDED" : "ABSENT", TYPES[e % TYPES.length],
                        "activity:" + (n % BRANCHES) + "-" + e, Date.valueOf(january.plusDays(e * 13L)), now});
            }
            if (entries.size() >= 20_000) {
                flush(members, entries);
            }
        }
        flush(members, entries);
    }

    private void flush(List<Object[]> members, List<Object[]> entries) {
        jdbc.batchUpdate("INSERT INTO member_ref (member_id, org_id, org_path, name, status, updated_at)"
                + " VALUES (?, ?, ?, ?, 'FULL', NOW(6))", members);
        jdbc.batchUpdate("INSERT INTO ledger_entry (member_id, year, kind, detail, quantity, source, occurred_on,"
                + " created_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)", entries);
        members.clear();
        entries.clear();
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }
}
