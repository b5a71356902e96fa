package org.dangjian.points.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The dues side of the whole-city recalculation: 65,000 members with a base, about four in five months
 * paid, one in twenty exempt from June, then every member's unpaid months in one grouped query, and the
 * city's summary of a month. Prints figures; asserts only that the work was done, never a time. The rows
 * are written straight into the tables (seeding 65,000 members through Kafka would be the benchmark).
 * <p>
 * Run: {@code ./mvnw -B -o verify -pl points-service -Dtest=DuesArrearsBenchmark -Ddj.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "dj.bench", matches = "true")
class DuesArrearsBenchmark extends ServiceApiTest {
    private static final int MEMBERS = 65_000;
    private static final long FIRST = 5_000_000_000L;
    private static final String DIGITS = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9)";

    @Autowired
    private UnpaidMonths unpaidMonths;

    @Test
    void unpaid_months_of_the_whole_city() {
        int year = year() - 1; // a whole past year: twelve months counted for everyone
        try {
            seed(year);
            time("warm-up", () -> unpaidMonths.unpaidMonthsOfAll(year).size());
            long start = System.nanoTime();
            Map<Long, Integer> unpaid = unpaidMonths.unpaidMonthsOfAll(year);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long seeded = unpaid.keySet().stream().filter(id -> id >= FIRST).count();
            int months = unpaid.entrySet().stream().filter(e -> e.getKey() >= FIRST).mapToInt(Map.Entry::getValue).sum();
            System.out.printf("BENCH dues arrears: %,d members with unpaid months (%,d months) in %,d ms%n",
                    seeded, months, millis);
            assertThat(seeded).isPositive();

            String city = TestTokens.cityAdmin(1, "/1/");
            String month = YearMonth.of(year, 6).toString();
            time("city summary of " + month, () -> {
                MvcTestResult r = get(city, "/api/points/dues?month=" + month);
                assertThat(r.getResponse().getStatus()).isEqualTo(200);
                return body(r).get("branches").size();
            });
        } finally {
            jdbc.update("DELETE FROM dues_payment WHERE member_id >= ?", FIRST);
            jdbc.update("DELETE FROM dues_reduction WHERE member_id >= ?", FIRST);
            jdbc.update("DELETE FROM dues_base WHERE member_id >= ?", FIRST);
            jdbc.update("DELETE FROM member_ref WHERE member_id >= ?", FIRST);
        }
    }

    /** Members in 2,000 branches of 12 towns, a base each, payments and exemptions, in four statements. */
    private void seed(int year) {
        long start = System.nanoTime();
        jdbc.update("INSERT IGNORE INTO member_ref (member_id, org_id, org_path, name, status, join_date, updated_at)"
                + " SELECT ? + n, 7000000 + n % 2000, CONCAT('/1/', 6000000 + n % 2000 % 12, '/', 7000000 + n % 2000, '/'),"
                + " CONCAT('党员', n), 'FULL', '2010-07-01', NOW(6)"
                + " FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n FROM " + DIGITS + " a, "
                + DIGITS + " b, " + DIGITS + " c, " + DIGITS + " e, " + DIGITS + " f) x WHERE n < ?", FIRST, MEMBERS);
        jdbc.update("INSERT IGNORE INTO dues_base (member_id, year, dues_group, base, monthly_amount, set_by, set_at)"
                + " SELECT member_id, ?, 'EMPLOYED', 4000.00, 40.00, 1, NOW(6) FROM member_ref WHERE member_id >= ?",
                year, FIRST);
        jdbc.update("INSERT IGNORE INTO dues_payment (member_id, year, month, due, paid, paid_on, recorded_by, recorded_at)"
                + " SELECT b.member_id, b.year, mo.m, 40.00, 40.00, '" + year + "-12-01', 1, NOW(6) FROM dues_base b"
                + " JOIN " + DuesSql.MONTHS + " mo ON (b.member_id + mo.m) % 5 <> 0"
                + " WHERE b.year = ? AND b.member_id >= ?", year, FIRST);
        jdbc.update("INSERT INTO dues_reduction (member_id, year, from_month, to_month, monthly_amount, reason,"
                + " approved_by, approved_on, recorded_by, recorded_at) SELECT member_id, year, 6, 12, 0, '困难',"
                + " '支委会', '" + year + "-05-20', 1, NOW(6) FROM dues_base WHERE year = ? AND member_id >= ?"
                + " AND member_id % 20 = 0", year, FIRST);
        System.out.printf("BENCH dues seed: %,d payments in %,d ms%n",
                count("SELECT COUNT(*) FROM dues_payment WHERE member_id >= ?", FIRST), (System.nanoTime() - start) / 1_000_000);
    }

    private static void time(String what, java.util.function.IntSupplier work) {
        long start = System.nanoTime();
        int n = work.getAsInt();
        System.out.printf("BENCH %s: %,d in %,d ms%n", what, n, (System.nanoTime() - start) / 1_000_000);
    }
}
