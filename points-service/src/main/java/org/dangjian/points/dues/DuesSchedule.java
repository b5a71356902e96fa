package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.rules.RuleBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What one member owes for given months: the base's monthly amount, or a reduction's where one covers
 * the month (0: exempt). A month of a year without a base is absent: nobody knows what is due yet.
 * Two queries, whatever the number of months, scoped by the kit through the member's roster row.
 */
@Component
class DuesSchedule {
    private final JdbcClient jdbc;
    private final RuleBook rules;
    private final DuesRuleDefinition duesRules;
    private final Clock clock;

    DuesSchedule(JdbcClient jdbc, RuleBook rules, DuesRuleDefinition duesRules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.duesRules = duesRules;
        this.clock = clock;
    }

    /** The earliest month a payment made today may reach back to, by the back-payment limit in force today. */
    YearMonth earliestBackPayment() {
        LocalDate today = LocalDate.now(clock);
        return YearMonth.from(today).minusMonths(rules.inForce(duesRules, today).backPaymentMonths());
    }

    Map<YearMonth, BigDecimal> dueFor(long memberId, Collection<YearMonth> months) {
        List<Integer> years = months.stream().map(YearMonth::getYear).distinct().toList();
        Map<Integer, BigDecimal> bases = new HashMap<>();
        jdbc.sql(ScopedSql.of("SELECT b.year, b.monthly_amount FROM dues_base b" + DuesSql.ROSTER.formatted("b")
                        + " WHERE b.member_id = :member AND b.year IN (:years)"))
                .param("member", memberId).param("years", years)
                .query(rs -> {
                    bases.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        List<Reduction> reductions = jdbc.sql(ScopedSql.of("SELECT x.year, x.from_month, x.to_month, x.monthly_amount"
                        + " FROM dues_reduction x" + DuesSql.ROSTER.formatted("x")
                        + " WHERE x.member_id = :member AND x.year IN (:years)"))
                .param("member", memberId).param("years", years)
                .query((rs, i) -> new Reduction(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4))).list();
        Map<YearMonth, BigDecimal> due = new HashMap<>();
        for (YearMonth month : months) {
            BigDecimal base = bases.get(month.getYear());
            if (base != null) {
                due.put(month, reductions.stream().filter(r -> r.covers(month)).map(Reduction::amount).findFirst()
                        .orElse(base));
            }
        }
        return due;
    }

    private record Reduction(int year, int from, int to, BigDecimal amount) {
        boolean covers(YearMonth month) {
            return month.getYear() == year && month.getMonthValue() >= from && month.getMonthValue() <= to;
        }
    }
}
