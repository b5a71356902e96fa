package org.dangjian.points.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.points.warning.DuesGaps;
import org.dangjian.points.warning.Gap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the nightly watch: each member's run of unpaid months that ends with last month, counted back
 * across the turn of the year (the last two years are looked at: enough for the warning at 3 months and
 * the flag at 6). A month with nothing due (no base yet, exempt, before admission) ends a run, as a
 * paid one does. One query per year, scoped by the kit through the roster (the watch declares itself
 * {@code @Unscoped}: it covers the whole city).
 */
@Component
class UnpaidRuns implements DuesGaps {
    private static final int YEARS_BACK = 2;
    private static final String UNPAID_MONTHS = "SELECT b.member_id, mo.m FROM dues_base b"
            + " JOIN member_ref r ON r.member_id = b.member_id"
            + " JOIN " + DuesSql.MONTHS + " mo ON mo.m <= :last AND mo.m >= " + DuesSql.FIRST_MONTH
            + DuesSql.REDUCTION.formatted("mo.m") + DuesSql.PAYMENT.formatted("mo.m")
            + " WHERE b.year = :year AND p.member_id IS NULL AND " + DuesSql.DUE + " > 0";
    private final JdbcClient jdbc;

    UnpaidRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Gap> unpaidRuns(LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        Map<Long, Set<YearMonth>> unpaid = new HashMap<>();
        for (int year = last.getYear() - YEARS_BACK + 1; year <= last.getYear(); year++) {
            int lastMonth = year < last.getYear() ? 12 : last.getMonthValue();
            int y = year;
            jdbc.sql(ScopedSql.of(UNPAID_MONTHS)).param("year", year).param("last", lastMonth).query(rs -> {
                unpaid.computeIfAbsent(rs.getLong(1), m -> new HashSet<>()).add(YearMonth.of(y, rs.getInt(2)));
            });
        }
        Map<Long, Gap> runs = new HashMap<>();
        unpaid.forEach((member, months) -> {
            YearMonth first = last;
            while (months.contains(first.minusMonths(1))) {
                first = first.minusMonths(1);
            }
            if (months.contains(last)) {
                int length = (int) ChronoUnit.MONTHS.between(first, last) + 1;
                runs.put(member, new Gap(member, first.atDay(1), length));
            }
        });
        return runs;
    }
}
