package org.dangjian.points.dues;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.dangjian.points.totals.DuesArrears;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The months of a year members owe, for the points deduction: from January (or the month of admission)
 * up to the month before the current one (all twelve for a past year), with something due, not paid.
 * Exempt months owe nothing; so does a year without a base, because the branch has not yet said what
 * is due and a member must not lose points for the administrator's delay. One grouped query, for a few
 * members or the whole city.
 *
 * <p>Not scoped to a caller, on purpose: the count feeds members' totals, which must come out the same
 * whoever's action refreshes them (an administrator's payment, a member event, a recalculation). The
 * code picks the members (already found in the caller's scope), and the rows read here are only counted
 * into totals, never listed to anyone.
 */
@Component
class UnpaidMonths implements DuesArrears {
    private static final String UNPAID = "SELECT b.member_id, COUNT(*) FROM dues_base b"
            + " JOIN member_ref r ON r.member_id = b.member_id"
            + " JOIN " + DuesSql.MONTHS + " mo ON mo.m <= :last AND mo.m >= " + DuesSql.FIRST_MONTH
            + DuesSql.REDUCTION.formatted("mo.m") + DuesSql.PAYMENT.formatted("mo.m")
            + " WHERE b.year = :year AND p.member_id IS NULL AND " + DuesSql.DUE + " > 0";
    private final JdbcClient jdbc;
    private final Clock clock;

    UnpaidMonths(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, Integer> unpaidMonths(Collection<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = params(year);
        params.put("ids", memberIds);
        return query(UNPAID + " AND b.member_id IN (:ids) GROUP BY b.member_id", params);
    }

    @Override
    public Map<Long, Integer> unpaidMonthsOfAll(int year) {
        return query(UNPAID + " GROUP BY b.member_id", params(year));
    }

    private Map<String, Object> params(int year) {
        YearMonth current = YearMonth.now(clock);
        int last = year < current.getYear() ? 12 : year == current.getYear() ? current.getMonthValue() - 1 : 0;
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("last", last);
        return params;
    }

    private Map<Long, Integer> query(String sql, Map<String, Object> params) {
        Map<Long, Integer> unpaid = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            unpaid.put(rs.getLong(1), rs.getInt(2));
        });
        return unpaid;
    }
}
