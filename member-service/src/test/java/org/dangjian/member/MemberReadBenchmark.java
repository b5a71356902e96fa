package org.dangjian.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.kit.servicetest.KunshanTree;
import org.dangjian.kit.servicetest.KunshanTree.Branch;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.figures.FiguresGeneration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Read latencies at Kunshan scale: a tree of about 4,300 organisations (city, 20 towns, general
 * branches, branches) and 65,000 members written straight into the tables (reads need plausible
 * columns, not real ciphertext), then p50/p95/p99 of whole-city statistics and of filtered search
 * pages, through the HTTP layer (security, JSON) with MockMvc. Prints figures, asserts no timing.
 * Run: {@code ./mvnw -q -B -o verify -pl member-service -Dtest=MemberReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@TestPropertySource(properties = {"dj.member.political-birthday.cron=-", "logging.level.root=WARN"})
class MemberReadBenchmark extends ServiceApiTest {
    private static final int MEMBERS = 65_000;
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "朱", "沈", "顾"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "华"};
    private static final String[] EDUCATION = {"POSTGRADUATE", "BACHELOR", "BACHELOR", "BACHELOR", "COLLEGE", "COLLEGE",
            "SECONDARY_VOCATIONAL", "HIGH_SCHOOL", "HIGH_SCHOOL", "JUNIOR_OR_BELOW"};

    @Autowired
    FiguresGeneration statistics;

    private final SplittableRandom random = new SplittableRandom(20261125);
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void cityScaleReads() {
        long started = System.nanoTime();
        KunshanTree tree = KunshanTree.insert(jdbc, 7_000_000_000L + random.nextLong(1, 1_000_000) * 1000);
        long root = tree.root();
        List<Branch> branches = tree.branches();
        List<Long> towns = tree.towns();
        int orgs = tree.size();
        insertMembers(branches);
        jdbc.execute("ANALYZE TABLE member, org_ref");
        System.out.printf("%n[bench] loaded %d organisations (%d branches) and %d members in %d ms%n", orgs,
                branches.size(), MEMBERS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        String token = TestTokens.cityAdmin(root, "/" + root + "/");
        long town = towns.get(3);
        explain(root, town);

        sqlOnly(root);
        // Cold: a member change retires the cache before every call, so each one scans the subtree.
        measure("whole-city stats, computed", token, "/api/members/stats?orgId=" + root, 30, 100, true);
        measure("town stats, computed", token, "/api/members/stats?orgId=" + town, 30, 100, true);
        // As a dashboard sees them between member changes.
        measure("whole-city stats, cached", token, "/api/members/stats?orgId=" + root, 30, 300, false);
        measure("town stats, cached", token, "/api/members/stats?orgId=" + town, 30, 300, false);
        if (Boolean.getBoolean("bench.statsOnly")) {
            return;
        }
        measure("town search status+education+age, page 1", token, "/api/members?orgId=" + town
                + "&status=FULL&status=PROBATIONARY&education=BACHELOR&education=COLLEGE&ageMin=30&ageMax=50&page=1&size=20", 100, 500);
        measure("town search status+education+age, page 5 by name", token, "/api/members?orgId=" + town
                + "&status=FULL&education=BACHELOR&ageMin=30&ageMax=50&sort=name&page=5&size=20", 100, 500);
        measure("city search by name (q=张伟)", token, "/api/members?orgId=" + root + "&q=张伟&size=20", 50, 300);
        measure("city search, no filter, page 1", token, "/api/members?size=20", 100, 500);
    }

    private void insertMembers(List<Branch> branches) {
        String sql = "INSERT INTO member (org_id, org_path, name, gender, ethnicity, id_number_enc, id_number_idx,"
                + " id_number_masked, birth_date, join_date, status, education, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> batch = new ArrayList<>(1000);
        for (int i = 0; i < MEMBERS; i++) {
            Branch branch = branches.get(random.nextInt(branches.size()));
            LocalDate birth = today.minusYears(20 + random.nextInt(72)).minusDays(random.nextInt(365));
            LocalDate join = birth.plusYears(18 + random.nextInt(25)).plusDays(random.nextInt(365));
            if (join.isAfter(today)) {
                join = today.minusDays(random.nextInt(300) + 1);
            }
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
            batch.add(new Object[] {branch.id(), branch.path(), name, random.nextInt(10) < 7 ? "MALE" : "FEMALE",
                    random.nextInt(50) == 0 ? String.format("%02d", 2 + random.nextInt(55)) : "01", "bench", String.format("%064d", i),
                    "3205**********0000", birth, join, status(), EDUCATION[random.nextInt(EDUCATION.length)], now, now});
            if (batch.size() == 1000) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        jdbc.batchUpdate(sql, batch);
    }

    private String status() {
        int p = random.nextInt(100);
        return p < 90 ? "FULL" : p < 94 ? "PROBATIONARY" : p < 96 ? "MOBILE" : p < 97 ? "SUSPENDED" : p < 99 ? "LEFT" : "DECEASED";
    }

    private void explain(long root, long town) {
        String townPattern = jdbc.queryForObject("SELECT path FROM org_ref WHERE org_id = ?", String.class, town) + "%";
        print("EXPLAIN stats scan (city)", jdbc.queryForList("EXPLAIN SELECT CAST(NULLIF(SUBSTRING_INDEX(SUBSTRING(org_path, ?),"
                + " '/', 1), '') AS UNSIGNED), status, gender, education, ethnicity, TO_DAYS(birth_date), TO_DAYS(join_date)"
                + " FROM member WHERE org_path LIKE ?", ("/" + root + "/").length() + 1, "/" + root + "/%"));
        String filter = " FROM member WHERE org_path LIKE ? AND status IN ('FULL', 'PROBATIONARY')"
                + " AND education IN ('BACHELOR', 'COLLEGE') AND birth_date <= ? AND birth_date >= ?";
        Object[] args = {townPattern, today.minusYears(30), today.minusYears(51).plusDays(1)};
        print("EXPLAIN town search count", jdbc.queryForList("EXPLAIN SELECT COUNT(*)" + filter, args));
        print("EXPLAIN town search page", jdbc.queryForList("EXPLAIN SELECT *" + filter + " ORDER BY id LIMIT 20", args));
    }

    /**
     * Where the time of the city statistics goes, the database's share without HTTP: the scan the
     * endpoint streams, and for comparison a GROUP BY over (a coarser version of) every dimension.
     */
    private void sqlOnly(long root) {
        String pattern = "/" + root + "/%";
        int prefix = ("/" + root + "/").length();
        timeSql("SQL count of the city subtree", () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM member WHERE org_path LIKE ?", Long.class, pattern));
        timeSql("SQL stream 65k index rows to Java", () -> jdbc.query("SELECT org_path, status, gender, education,"
                + " ethnicity, birth_date, join_date FROM member WHERE org_path LIKE ?", rs -> { }, pattern));
        String grouped = "SELECT CAST(NULLIF(SUBSTRING_INDEX(SUBSTRING(org_path, ?), '/', 1), '') AS UNSIGNED) AS c,"
                + " status, gender, education, ethnicity, CASE WHEN birth_date > ? THEN 0 WHEN birth_date > ? THEN 1"
                + " WHEN birth_date > ? THEN 2 ELSE 3 END AS a, CASE WHEN join_date >= ? THEN 2 WHEN join_date >= ? THEN 1"
                + " ELSE 0 END AS p, COUNT(*) FROM member WHERE org_path LIKE ? GROUP BY c, status, gender, education,"
                + " ethnicity, a, p ORDER BY NULL";
        Object[] args = {prefix + 1, today.minusYears(31), today.minusYears(41), today.minusYears(61),
                LocalDate.of(2012, 11, 1), LocalDate.of(1979, 1, 1), pattern};
        System.out.println("[bench] grouped cells: " + jdbc.queryForList(grouped, args).size());
        timeSql("SQL grouped by all dimensions", () -> jdbc.query(grouped, rs -> { }, args));
        timeSql("SQL grouped by child only", () -> jdbc.query("SELECT SUBSTRING_INDEX(SUBSTRING(org_path, ?), '/', 1) c,"
                + " COUNT(*) FROM member WHERE org_path LIKE ? GROUP BY c", rs -> { }, prefix + 1, pattern));
    }

    private void timeSql(String name, Runnable query) {
        for (int i = 0; i < 10; i++) {
            query.run();
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            query.run();
            histogram.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        }
        System.out.printf("[bench] %-50s n=50 p50=%.1f ms p95=%.1f ms%n", name,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0);
    }

    private static void print(String title, List<Map<String, Object>> plan) {
        System.out.println("[bench] " + title);
        plan.forEach(row -> System.out.println("[bench]   " + row));
    }

    private void measure(String name, String token, String uri, int warmup, int runs) {
        measure(name, token, uri, warmup, runs, false);
    }

    private void measure(String name, String token, String uri, int warmup, int runs, boolean afterAChange) {
        for (int i = 0; i < warmup; i++) {
            call(token, uri);
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        for (int i = 0; i < runs; i++) {
            if (afterAChange) {
                statistics.changed();
            }
            long start = System.nanoTime();
            call(token, uri);
            histogram.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        }
        System.out.printf("[bench] %-50s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", name, runs,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
    }

    private void call(String token, String uri) {
        MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(result).hasStatus(200);
    }
}
