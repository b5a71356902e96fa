package org.dangjian.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.dangjian.kit.servicetest.KunshanTree;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.deadline.DeadlineAnnouncements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Member development at Kunshan scale: a tree of about 4,300 organisations (city, 20 towns, general branches,
 * branches) and 5,000 open cases spread over every step of the national catalogue, written straight into the
 * tables in batches (reads need plausible columns, not real ciphertext). Prints p50/p95 of the whole city's
 * pipeline counts (target p95 &lt; 50 ms), a branch's list of open cases (&lt; 20 ms) and recording a step
 * (&lt; 50 ms), through the HTTP layer (security, JSON) with MockMvc, and for comparison the other queries and
 * one deadline run. Asserts no timing.
 * Run: {@code ./mvnw -B -o test -pl recruitment-service -am -Dtest=RecruitmentBenchmark -Ddj.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "dj.bench", matches = "true")
@TestPropertySource(properties = {"dj.recruitment.deadline-cron=-", "logging.level.root=WARN"})
class RecruitmentBenchmark extends ServiceApiTest {
    private static final int CASES = 5_000;
    private static final int TO_RECORD = 250;
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "朱", "沈", "顾"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "华"};

    @Autowired
    Catalogues catalogues;
    @Autowired
    DeadlineAnnouncements deadlines;

    private final SplittableRandom random = new SplittableRandom(20261203);
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void cityScaleMemberDevelopment() {
        long started = System.nanoTime();
        KunshanTree tree = KunshanTree.insert(jdbc, 8_000_000_000L + random.nextLong(1, 1_000_000) * 1000);
        long root = tree.root();
        List<Long> towns = tree.towns();
        List<Branch> branches = tree.branches().stream().map(b -> new Branch(b.id(), b.path(), 0, 0)).toList();
        int orgs = tree.size();
        Catalogue national = catalogues.version(1);
        List<Long> applicants = insertCases(national, branches);
        jdbc.execute("ANALYZE TABLE recruitment_case, case_step, org_ref");
        System.out.printf("%n[bench] load average at start: %s%n", loadAverage());
        System.out.printf("[bench] loaded %d organisations (%d branches), %d open cases with %d steps in %d ms%n", orgs,
                branches.size(), CASES + TO_RECORD, count("SELECT COUNT(*) FROM case_step WHERE org_path LIKE ?",
                        "/" + root + "/%"), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        String city = TestTokens.cityAdmin(root, "/" + root + "/");
        Branch busiest = busiestBranch(root, branches);
        String branchAdmin = TestTokens.orgAdmin(nextId(), busiest.id(), busiest.path());
        explain(root, busiest);
        sqlOnly(root, busiest);

        measure("whole-city pipeline counts", () -> get(city, "/api/recruitment/pipeline?orgId=" + root), 30, 200);
        measure("a town's pipeline counts", () -> get(city, "/api/recruitment/pipeline?orgId=" + towns.get(3)), 30, 200);
        measure("a branch's open cases, page 1 (" + busiest.cases() + " cases)",
                () -> get(branchAdmin, "/api/recruitment/cases?orgId=" + busiest.id()), 50, 300);
        statementsOf("recording a step (N02)", () -> post(city, "/api/recruitment/cases/" + applicants.get(TO_RECORD - 1)
                + "/steps/N02", Map.of("date", today.toString(), "fields", Map.of("talker", "李明"))));
        measure("recording a step (N02)", new Supplier<>() {
            private int next;

            @Override
            public MvcTestResult get() {
                return post(city, "/api/recruitment/cases/" + applicants.get(next++) + "/steps/N02",
                        Map.of("date", today.toString(), "fields", Map.of("talker", "李明")));
            }
        }, 30, TO_RECORD - 31); // the last one is the recording whose statements are listed
        measure("whole-city overdue steps, page 1", () -> get(city, "/api/recruitment/overdue?orgId=" + root), 10, 50);
        measure("a town's overdue steps, page 1", () -> get(city, "/api/recruitment/overdue?orgId=" + towns.get(3)), 20, 100);
        measure("whole-city throughput of last year",
                () -> get(city, "/api/recruitment/throughput?orgId=" + root + "&year=" + (today.getYear() - 1)), 20, 100);
        measure("a case's timeline", () -> get(branchAdmin, "/api/recruitment/cases/" + busiest.someCase() + "/timeline"),
                30, 200);
        long run = System.nanoTime();
        DeadlineAnnouncements.Announced announced = deadlines.announce(today);
        System.out.printf("[bench] deadline run over every open case: %d ms (%d approaching, %d overdue announced)%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - run), announced.approaching(), announced.overdue());
        run = System.nanoTime();
        deadlines.announce(today);
        System.out.printf("[bench] load average at the end: %s%n", loadAverage());
        System.out.printf("[bench] the same run again (nothing new): %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - run));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private record Branch(long id, String path, int cases, long someCase) {
    }

    /**
     * 5,000 cases at every step (the last step recorded drawn evenly over the 25), each step dated a little after
     * the one before and no step in the future; and {@link #TO_RECORD} more with only the application, for the
     * recording figures. Answers the latter's ids.
     */
    private List<Long> insertCases(Catalogue catalogue, List<Branch> branches) {
        List<StepDefinition> steps = catalogue.steps();
        String caseSql = "INSERT INTO recruitment_case (catalogue_version, org_id, org_path, name, gender, birth_date,"
                + " id_number_enc, id_number_idx, id_number_masked, phone_enc, phone_idx, phone_masked, work_unit, education,"
                + " application_date, status, stage, last_step, last_step_on, open_id_idx, opened_by, opened_at)"
                + " VALUES (1, ?, ?, ?, '1', ?, 'bench', ?, '3205**********0000', 'bench', ?, '139****5678', '昆山', '21', ?,"
                + " 'OPEN', ?, ?, ?, ?, 1, ?)";
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM recruitment_case", Long.class) + 1;
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> cases = new ArrayList<>();
        List<LocalDate[]> dates = new ArrayList<>();
        List<Branch> of = new ArrayList<>();
        for (int i = 0; i < CASES + TO_RECORD; i++) {
            Branch branch = branches.get(random.nextInt(branches.size()));
            int last = i < CASES ? random.nextInt(steps.size()) : 0;
            LocalDate[] on = new LocalDate[last + 1];
            LocalDate day = i < CASES ? today.minusDays(random.nextInt(30, 1100)) : today.minusDays(random.nextInt(1, 20));
            for (int s = 0; s <= last; s++) {
                on[s] = day;
                day = day.plusDays(random.nextInt(5, 40));
                if (day.isAfter(today)) {
                    day = today;
                }
            }
            String key = String.format("%064d", firstId * 10_000 + i);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
            cases.add(new Object[] {branch.id(), branch.path(), name, today.minusYears(20 + random.nextInt(30)), key,
                    key, on[0], steps.get(last).stage(), steps.get(last).code(), on[last], key, now});
            dates.add(on);
            of.add(branch);
        }
        for (int from = 0; from < cases.size(); from += 1000) {
            jdbc.batchUpdate(caseSql, cases.subList(from, Math.min(from + 1000, cases.size())));
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM recruitment_case WHERE id >= ? ORDER BY id", Long.class, firstId);
        assertThat(ids).hasSize(CASES + TO_RECORD);
        List<Object[]> stepRows = new ArrayList<>();
        String stepSql = "INSERT INTO case_step (case_id, step_code, position, org_path, done_on, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, 1, ?)";
        for (int i = 0; i < ids.size(); i++) {
            LocalDate[] on = dates.get(i);
            for (int s = 0; s < on.length; s++) {
                stepRows.add(new Object[] {ids.get(i), steps.get(s).code(), s, of.get(i).path(), on[s], now});
            }
            if (stepRows.size() >= 2000) {
                jdbc.batchUpdate(stepSql, stepRows);
                stepRows.clear();
            }
        }
        jdbc.batchUpdate(stepSql, stepRows);
        return ids.subList(CASES, CASES + TO_RECORD);
    }

    private Branch busiestBranch(long root, List<Branch> branches) {
        Map<String, Object> row = jdbc.queryForMap("SELECT org_id, org_path, COUNT(*) n, MIN(id) one FROM recruitment_case"
                + " WHERE org_path LIKE ? AND status = 'OPEN' GROUP BY org_id, org_path ORDER BY n DESC LIMIT 1", "/" + root + "/%");
        return new Branch(((Number) row.get("org_id")).longValue(), (String) row.get("org_path"),
                ((Number) row.get("n")).intValue(), ((Number) row.get("one")).longValue());
    }

    private void explain(long root, Branch branch) {
        print("EXPLAIN pipeline counts (city)", jdbc.queryForList("EXPLAIN SELECT c.status, c.stage, YEAR(c.application_date),"
                + " YEAR(c.last_step_on), COUNT(*) FROM recruitment_case c WHERE c.org_path LIKE ? GROUP BY c.status, c.stage,"
                + " YEAR(c.application_date), YEAR(c.last_step_on)", "/" + root + "/%"));
        print("EXPLAIN branch list page", jdbc.queryForList("EXPLAIN SELECT c.id, c.org_id, c.name FROM recruitment_case c"
                + " WHERE c.org_path LIKE ? AND c.status = 'OPEN' ORDER BY c.id DESC LIMIT 20", branch.path() + "%"));
        print("EXPLAIN throughput (city)", jdbc.queryForList("EXPLAIN SELECT s.org_path, c.catalogue_version, s.step_code,"
                + " COUNT(*) FROM case_step s JOIN recruitment_case c ON c.id = s.case_id WHERE s.org_path LIKE ? AND s.done_on"
                + " >= ? AND s.done_on < ? AND s.step_code IN ('N01', 'N03', 'N07', 'N17') GROUP BY s.org_path, c.catalogue_version,"
                + " s.step_code", "/" + root + "/%", LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear(), 1, 1)));
    }

    /** The database's share, without HTTP, security and JSON. */
    private void sqlOnly(long root, Branch branch) {
        String city = "/" + root + "/%";
        timeSql("SQL pipeline counts (city)", () -> jdbc.queryForList("SELECT c.status, c.stage, YEAR(c.application_date),"
                + " YEAR(c.last_step_on), COUNT(*) FROM recruitment_case c WHERE c.org_path LIKE ? GROUP BY c.status, c.stage,"
                + " YEAR(c.application_date), YEAR(c.last_step_on)", city));
        // as the endpoint sends it: the subtree through SubtreePaths.under, the prefix bound
        timeSql("SQL pipeline counts (city), LIKE CONCAT(?, '%')", () -> jdbc.queryForList("SELECT c.status, c.stage,"
                + " YEAR(c.application_date), YEAR(c.last_step_on), COUNT(*) FROM recruitment_case c WHERE c.org_path LIKE"
                + " CONCAT(?, '%') GROUP BY c.status, c.stage, YEAR(c.application_date), YEAR(c.last_step_on)", "/" + root + "/"));
        print("EXPLAIN pipeline counts (city), LIKE CONCAT(?, '%')", jdbc.queryForList("EXPLAIN SELECT c.status, c.stage,"
                + " YEAR(c.application_date), YEAR(c.last_step_on), COUNT(*) FROM recruitment_case c WHERE c.org_path LIKE"
                + " CONCAT(?, '%') GROUP BY c.status, c.stage, YEAR(c.application_date), YEAR(c.last_step_on)", "/" + root + "/"));
        timeSql("SQL branch list count + page", () -> {
            jdbc.queryForObject("SELECT COUNT(*) FROM recruitment_case c WHERE c.org_path LIKE ? AND c.status = 'OPEN'",
                    Long.class, branch.path() + "%");
            jdbc.queryForList("SELECT c.id, c.org_id, c.name, c.phone_masked, c.application_date, c.stage, c.last_step,"
                    + " c.last_step_on, c.catalogue_version FROM recruitment_case c WHERE c.org_path LIKE ? AND c.status = 'OPEN'"
                    + " ORDER BY c.id DESC LIMIT 20", branch.path() + "%");
        });
        timeSql("SQL throughput (city, last year)", () -> jdbc.queryForList("SELECT s.org_path, c.catalogue_version,"
                + " s.step_code, COUNT(*) FROM case_step s JOIN recruitment_case c ON c.id = s.case_id WHERE s.org_path LIKE ?"
                + " AND s.done_on >= ? AND s.done_on < ? AND s.step_code IN ('N01', 'N03', 'N07', 'N17')"
                + " GROUP BY s.org_path, c.catalogue_version, s.step_code", city, LocalDate.of(today.getYear() - 1, 1, 1),
                LocalDate.of(today.getYear(), 1, 1)));
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
        System.out.printf("[bench] %-50s n=50 p50=%.1f ms p95=%.1f ms%n", name, histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(95) / 1000.0);
    }

    private static void print(String title, List<Map<String, Object>> plan) {
        System.out.println("[bench] " + title);
        plan.forEach(row -> System.out.println("[bench]   " + row));
    }

    private void measure(String name, Supplier<MvcTestResult> call, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            assertThat(call.get().getResponse().getStatus()).as(name).isBetween(200, 201);
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        Map<String, Long> before = serverStatus();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            MvcTestResult result = call.get();
            histogram.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
            assertThat(result.getResponse().getStatus()).as(name).isBetween(200, 201);
        }
        System.out.printf("[bench] %-50s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", name, runs,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
        Map<String, Long> after = serverStatus();
        System.out.printf("[bench] %-50s per call: %.1f statements, %.1f commits (the whole database's)%n", "",
                (after.get("Questions") - before.get("Questions")) / (double) runs,
                (after.get("Com_commit") - before.get("Com_commit")) / (double) runs);
    }

    /** Every statement one call sends, from the database's general log: the round trips a profile shows as waiting. */
    private void statementsOf(String name, Supplier<MvcTestResult> call) {
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        jdbc.execute("SET GLOBAL general_log = 1");
        try {
            assertThat(call.get().getResponse().getStatus()).as(name).isBetween(200, 201);
        } finally {
            jdbc.execute("SET GLOBAL general_log = 0");
        }
        List<String> statements = jdbc.queryForList("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                + " WHERE command_type IN ('Query', 'Execute') AND argument NOT LIKE 'SET GLOBAL general_log%'"
                + " AND argument NOT LIKE '%dj_outbox WHERE sent_at IS NULL%' ORDER BY event_time", String.class);
        System.out.printf("[bench] statements of one call, %s: %d%n", name, statements.size());
        statements.forEach(st -> System.out.printf("[bench]   %s%n", st.length() > 160 ? st.substring(0, 160) + "…" : st));
    }

    /** What the database did, to tell round trips and disk flushes from work in the JVM (the profile's question). */
    private Map<String, Long> serverStatus() {
        Map<String, Long> status = new java.util.HashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit')",
                rs -> {
                    status.put(rs.getString(1), rs.getLong(2));
                });
        return status;
    }
}
