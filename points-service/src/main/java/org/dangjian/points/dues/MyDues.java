package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.points.dues.MyDuesView.Month;
import org.dangjian.points.dues.MyDuesView.MonthStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's own dues for the mini-program: the twelve months of a year with the amount due (the base's, or a
 * reduction's), the payment of each and where it stands, in one query. Owed counts as the points deduction does
 * ({@link UnpaidMonths}): months before the current one, from the month of admission, with something due and no
 * payment. Scoped by the kit through the member's roster row, so a member reads only their own.
 */
@Component
class MyDues {
    private static final String MONTHS = "SELECT mo.m, b.monthly_amount, x.monthly_amount, p.paid, p.paid_on, "
            + DuesSql.FIRST_MONTH + " FROM dues_base b" + DuesSql.ROSTER.formatted("b")
            + " JOIN " + DuesSql.MONTHS + " mo ON 1 = 1" + DuesSql.REDUCTION.formatted("mo.m") + DuesSql.PAYMENT.formatted("mo.m")
            + " WHERE b.member_id = :member AND b.year = :year ORDER BY mo.m";
    private final JdbcClient jdbc;
    private final Clock clock;

    MyDues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    MyDuesView of(int year, CurrentUser caller) {
        if (caller.memberId() == null) {
            return new MyDuesView(year, null, 0, 0, BigDecimal.ZERO, List.of());
        }
        YearMonth current = YearMonth.now(clock);
        List<Month> months = new ArrayList<>();
        BigDecimal[] base = {null};
        jdbc.sql(ScopedSql.of(MONTHS)).param("member", caller.memberId()).param("year", year).query(rs -> {
            int month = rs.getInt(1);
            base[0] = rs.getBigDecimal(2);
            BigDecimal reduction = rs.getBigDecimal(3);
            BigDecimal paid = rs.getBigDecimal(4);
            Date paidOn = rs.getDate(5);
            boolean joined = month >= rs.getInt(6);
            BigDecimal due = !joined ? null : reduction != null ? reduction : base[0];
            MonthStatus status = paid != null ? MonthStatus.PAID
                    : !joined ? MonthStatus.NOT_DUE
                    : due.signum() == 0 ? MonthStatus.EXEMPT
                    : YearMonth.of(year, month).isBefore(current) ? MonthStatus.OWED
                    : MonthStatus.DUE;
            months.add(new Month(month, due, joined && reduction != null, paid, paidOn == null ? null : paidOn.toLocalDate(),
                    status, status.label()));
        });
        List<Month> owed = months.stream().filter(m -> m.status() == MonthStatus.OWED).toList();
        return new MyDuesView(year, base[0], (int) months.stream().filter(m -> m.status() == MonthStatus.PAID).count(),
                owed.size(), owed.stream().map(Month::due).reduce(BigDecimal.ZERO, BigDecimal::add), months);
    }
}
