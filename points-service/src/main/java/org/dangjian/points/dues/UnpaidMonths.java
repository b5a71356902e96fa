package org.dangjian.points.dues;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.dangjian.points.ledger.DuesArrears;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The months of a year members owe, for the points deduction: from January (or the month of admission)
 * up to the month before the current one (all twelve for a past year), with something due, not paid.
 * Exempt months owe nothing; so does a year without a base, because the branch has not yet said what
 * is due and a member must not lose points for the administrator's delay. One grouped query, for a few
 * members or the whole city.
 */
@Component
class UnpaidMonths implements DuesArrears {
    private static final String UNPAID = "SELECT b.member_id, COUNT(*) FROM dues_base b"
            + " JOIN member_ref r ON r.member_id = b.member_id"
            + " JOIN " + DuesSql.MONTHS + " mo ON mo.m <= :last AND mo.m >= " + DuesSql.FIRST_MONTH
            + DuesSql.REDUCTION.formatted("mo.m") + DuesSql.PAYMENT.formatted("mo.m")
            + " WHERE b.year = :year AND p.member_id IS NULL AND " + DuesSql.DUE + " > 0";
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    UnpaidMonths(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, Integer> unpaidMonths(Collection<Long> memberIds, int year) {
        return memberIds.isEmpty() ? Map.of()
                : query(UNPAID + " AND b.member_id IN (:ids) GROUP BY b.member_id", params(year).addValue("ids", memberIds));
    }

    @Override
    public Map<Long, Integer> unpaidMonthsOfAll(int year) {
        return query(UNPAID + " GROUP BY b.member_id", params(year));
    }

    private MapSqlParameterSource params(int year) {
        YearMonth current = YearMonth.now(clock);
        int last = year < current.getYear() ? 12 : year == current.getYear() ? current.getMonthValue() - 1 : 0;
        return new MapSqlParameterSource("year", year).addValue("last", last);
    }

    private Map<Long, Integer> query(String sql, MapSqlParameterSource params) {
        Map<Long, Integer> unpaid = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            unpaid.put(rs.getLong(1), rs.getInt(2));
        });
        return unpaid;
    }
}
