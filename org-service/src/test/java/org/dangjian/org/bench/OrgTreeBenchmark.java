package org.dangjian.org.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.org.excel.Xlsx.row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.org.Credentials;
import org.dangjian.org.excel.SubtreeExport;
import org.dangjian.org.excel.Xlsx;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A Kunshan-shaped city (12 towns, about 4,300 organisations: towns, then committees and general
 * branches, then branches) loaded through the import API, then the whole city listed and a
 * 300-organisation subtree moved. Prints figures; asserts only that the work was done, never a time.
 * <p>
 * Run: {@code ./mvnw -B -pl org-service -am test -Dtest=OrgTreeBenchmark -Ddj.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "dj.bench", matches = "true")
@TestPropertySource(properties = "dj.admin.password=" + OrgTreeBenchmark.ADMIN_PASSWORD)
class OrgTreeBenchmark extends ServiceApiTest {
    static final String ADMIN_PASSWORD = "Kunshan-2026-admin";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] TOWNS = {"玉山镇", "巴城镇", "周市镇", "陆家镇", "花桥镇", "淀山湖镇", "张浦镇", "周庄镇",
            "千灯镇", "锦溪镇", "开发区", "高新区"};
    static final String[] CATEGORIES = {"村", "社区", "机关", "事业单位", "学校", "国有企业", "非公有制企业", "社会组织"};
    static final int MIDS_PER_TOWN = 28;
    static final int BRANCHES_PER_MID = 11;
    /** The subtree that is moved: a working committee with 23 general branches of 12 branches each. */
    static final int MOVED_MIDS = 23;
    static final int MOVED_BRANCHES_PER_MID = 12;
    static final int LISTING_RUNS = 50;

    @Autowired
    SubtreeExport subtree;
    @Autowired
    OrgMapper orgs;

    @Test
    void kunshanShapedCity() throws Exception {
        String loadBefore = loadAverage();
        String admin = login();
        long rootId = ok(get(admin, "/api/auth/me")).get("orgId").asLong();

        // Warm-up: class loading and JIT on a small file, so the figure below is the import itself.
        assertThat(upload(admin, Xlsx.of(city("WARM", 1, 3, 3, 0, 0)))).hasStatus(200);

        List<List<Object>> rows = city("320583", TOWNS.length, MIDS_PER_TOWN, BRANCHES_PER_MID, MOVED_MIDS, MOVED_BRANCHES_PER_MID);
        Collections.shuffle(rows, new Random(2016)); // rows may come in any order
        byte[] file = Xlsx.of(rows);
        long start = System.nanoTime();
        MvcTestResult imported = upload(admin, file);
        long importMillis = millis(start);
        assertThat(imported).hasStatus(200);
        assertThat(body(imported).get("imported").asInt()).isEqualTo(rows.size());
        waitForOutboxToDrain();

        // The benchmark reads the whole city itself, with no caller: as the city administrator would.
        String reason = "benchmark: the whole city's listing, as the city administrator sees it";
        Org root = DataScope.unscoped(reason, () -> orgs.selectById(rootId));
        int cityOrgs = jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE path LIKE ?", Integer.class, root.getPath() + "%");
        Histogram listing = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        for (int run = -5; run < LISTING_RUNS; run++) {
            AtomicInteger seen = new AtomicInteger();
            long t = System.nanoTime();
            DataScope.unscoped(reason, () -> subtree.forEachPage(root, page -> seen.addAndGet(page.size())));
            long micros = (System.nanoTime() - t) / 1000;
            assertThat(seen.get()).isEqualTo(cityOrgs);
            if (run >= 0) {
                listing.recordValue(micros);
            }
        }

        Histogram export = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (int run = -2; run < 10; run++) {
            long t = System.nanoTime();
            MvcTestResult result = mvc.get().uri("/api/orgs/export?rootId=" + rootId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();
            long micros = (System.nanoTime() - t) / 1000;
            assertThat(result).hasStatus(200);
            if (run >= 0) {
                export.recordValue(micros);
            }
        }

        long moved = idOf("320583-T01-W");
        long from = idOf("320583-T01");
        long to = idOf("320583-T02");
        // Warm-up move of a single branch, then the 300-organisation working committee back and forth.
        move(admin, idOf("320583-T03-M01-B01"), idOf("320583-T03-M02"));
        List<Long> moveMillis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long target = i % 2 == 0 ? to : from;
            long t = System.nanoTime();
            move(admin, moved, target);
            moveMillis.add(millis(t));
            String newPath = jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?", String.class, moved);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE path LIKE ?", Integer.class, newPath + "%"))
                    .isEqualTo(1 + MOVED_MIDS + MOVED_MIDS * MOVED_BRANCHES_PER_MID);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.org.moved.v1' AND aggregate_id = ?",
                Integer.class, String.valueOf(moved))).isEqualTo(6);
        List<Long> sortedMoves = new ArrayList<>(moveMillis);
        Collections.sort(sortedMoves);

        System.out.printf("%n=== OrgTreeBenchmark (embedded MariaDB, MockMvc, %d cores; load average before %s, after %s) ===%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
        System.out.printf("import: %d rows (%d KB .xlsx, shuffled) in %d ms   [target < 3000 ms]%n",
                rows.size(), file.length / 1024, importMillis);
        System.out.printf("subtree listing of the whole city (%d orgs, keyset pages of 1000), %d runs: "
                        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms   [target p95 < 50 ms]%n",
                cityOrgs, LISTING_RUNS, listing.getValueAtPercentile(50) / 1000.0,
                listing.getValueAtPercentile(95) / 1000.0, listing.getMaxValue() / 1000.0);
        System.out.printf("export of the whole city as .xlsx over HTTP, 10 runs: p50 %.0f ms, p95 %.0f ms%n",
                export.getValueAtPercentile(50) / 1000.0, export.getValueAtPercentile(95) / 1000.0);
        System.out.printf("move of a %d-organisation subtree incl. OrgMoved outbox row, 6 runs: %s ms, median %d ms"
                        + "   [target < 1000 ms]%n%n",
                1 + MOVED_MIDS + MOVED_MIDS * MOVED_BRANCHES_PER_MID, moveMillis, sortedMoves.get(sortedMoves.size() / 2));
    }

    /**
     * Rows of a city: towns, each with committees and general branches holding branches; the first town
     * also holds a working committee ({@code <prefix>-T01-W}) of general branches with branches.
     */
    static List<List<Object>> city(String prefix, int towns, int midsPerTown, int branchesPerMid, int movedMids,
                                   int movedBranchesPerMid) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 1; t <= towns; t++) {
            String town = String.format("%s-T%02d", prefix, t);
            String townName = TOWNS[(t - 1) % TOWNS.length];
            rows.add(row(town, townName + "党委", null, "党委", "区镇", townName, t));
            for (int m = 1; m <= midsPerTown; m++) {
                String mid = String.format("%s-M%02d", town, m);
                String category = CATEGORIES[m % CATEGORIES.length];
                boolean committee = m % 4 == 0;
                rows.add(row(mid, townName + "第" + m + (committee ? "党委" : "党总支"), town,
                        committee ? "党委" : "党总支", category, null, m));
                for (int b = 1; b <= branchesPerMid; b++) {
                    rows.add(row(String.format("%s-B%02d", mid, b), townName + "第" + m + "总支第" + b + "支部", mid,
                            b % 5 == 0 ? "联合党支部" : "党支部", category, null, b));
                }
            }
            if (t == 1 && movedMids > 0) {
                String working = town + "-W";
                rows.add(row(working, townName + "开发区党工委", town, "党工委", "机关", null, 99));
                for (int m = 1; m <= movedMids; m++) {
                    String mid = String.format("%s-M%02d", working, m);
                    rows.add(row(mid, "开发区第" + m + "党总支", working, "党总支", "非公有制企业", null, m));
                    for (int b = 1; b <= movedBranchesPerMid; b++) {
                        rows.add(row(String.format("%s-B%02d", mid, b), "开发区第" + m + "总支第" + b + "支部", mid,
                                "党支部", "非公有制企业", null, b));
                    }
                }
            }
        }
        return rows;
    }

    private void waitForOutboxToDrain() throws InterruptedException {
        // The relay sends the 4,300 OrgCreated events after the commit; let it finish before timing reads.
        awaitEffect(() -> count("SELECT COUNT(*) FROM dj_outbox WHERE sent_at IS NULL") == 0);
    }

    /** The figures mean little on a busy machine: print how busy it was. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private long idOf(String code) {
        return jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
    }

    private void move(String token, long id, long newParentId) {
        assertThat(post(token, "/api/orgs/" + id + "/move", Map.of("newParentId", String.valueOf(newParentId))))
                .hasStatus(200);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private MvcTestResult upload(String token, byte[] xlsx) {
        return mvc.post().uri("/api/orgs/import").multipart()
                .file(new MockMultipartFile("file", "kunshan.xlsx", XLSX, xlsx))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private String login() {
        return ok(post(null, "/api/auth/login", Credentials.of("admin", ADMIN_PASSWORD))).get("accessToken").asString();
    }
}
