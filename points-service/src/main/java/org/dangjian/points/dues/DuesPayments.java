package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.contracts.points.PointsDuesPaid;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.points.ledger.EntryKind;
import org.dangjian.points.ledger.Ledger;
import org.dangjian.points.ledger.LedgerEntry;
import org.dangjian.points.totals.Totals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The branch records a member's payment for one or more months. In one transaction: a row per month
 * (the primary key makes a month payable once), a ledger entry per month ({@code dues:yyyy-MM}, on time
 * when paid by the end of that month) and the member's totals. The total handed over must cover what
 * is due; anything above is a voluntary extra, kept on the last month. {@code points.dues-paid} announces
 * the payment in the same transaction (the outbox): transfer-service prints the last month on the letter.
 */
@Service
class DuesPayments {
    static final String BAD_MONTH = "POINTS_DUES_BAD_MONTH";
    static final String MONTH_TWICE = "POINTS_DUES_MONTH_TWICE";
    static final String TOO_FAR_BACK = "POINTS_DUES_TOO_FAR_BACK";
    static final String BEFORE_ADMISSION = "POINTS_DUES_BEFORE_ADMISSION";
    static final String EXEMPT = "POINTS_DUES_MONTH_EXEMPT";
    static final String ALREADY_PAID = "POINTS_DUES_MONTH_PAID";
    static final String LESS_THAN_DUE = "POINTS_DUES_LESS_THAN_DUE";

    private final DuesAccess access;
    private final DuesSchedule schedule;
    private final Ledger ledger;
    private final Totals totals;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final EventOutbox outbox;
    private final Clock clock;

    DuesPayments(DuesAccess access, DuesSchedule schedule, Ledger ledger, Totals totals, JdbcClient jdbc,
                 JdbcTemplate batch, EventOutbox outbox, Clock clock) {
        this.access = access;
        this.schedule = schedule;
        this.ledger = ledger;
        this.totals = totals;
        this.jdbc = jdbc;
        this.batch = batch;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PaymentView pay(PaymentRequest r, CurrentUser caller) {
        MemberRef member = access.memberFor(r.memberId());
        List<YearMonth> months = parse(r.months());
        Map<YearMonth, BigDecimal> due = schedule.dueFor(member.memberId(), new HashSet<>(months));
        check(r, member, months, due);
        refuseMonthsPaid(member.memberId(), r.months(), months);
        BigDecimal owed = months.stream().map(due::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (r.amount().compareTo(owed) < 0) {
            throw ApiException.invalidField("amount", LESS_THAN_DUE, owed.toPlainString());
        }
        List<PaymentView.Month> lines = lines(months, due, r.amount().subtract(owed), r.paidOn());
        write(member.memberId(), lines, r.paidOn(), caller);
        List<YearMonth> paid = lines.stream().map(PaymentView.Month::month).toList();
        outbox.add(new PointsDuesPaid(member.memberId(), member.orgId(), member.orgPath(), paid,
                paid.get(paid.size() - 1), r.amount(), r.paidOn()));
        return new PaymentView(member.memberId(), r.paidOn(), r.amount(), lines);
    }

    private static List<YearMonth> parse(List<String> raw) {
        List<YearMonth> months = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            try {
                YearMonth month = YearMonth.parse(raw.get(i).strip());
                if (months.contains(month)) {
                    problems.add(new FieldProblem(field(i), MONTH_TWICE));
                }
                months.add(month);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field(i), BAD_MONTH));
                months.add(null);
            }
        }
        throwIfAny(problems);
        return months;
    }

    /** Every month that cannot be paid, reported at once by its index. */
    private void check(PaymentRequest r, MemberRef member, List<YearMonth> months, Map<YearMonth, BigDecimal> due) {
        YearMonth earliest = schedule.earliestBackPayment();
        YearMonth admitted = member.joinDate() == null ? null : YearMonth.from(member.joinDate());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            if (month.isBefore(earliest)) {
                problems.add(new FieldProblem(field(i), TOO_FAR_BACK));
            } else if (admitted != null && month.isBefore(admitted)) {
                problems.add(new FieldProblem(field(i), BEFORE_ADMISSION));
            } else if (!due.containsKey(month)) {
                problems.add(new FieldProblem(field(i), DuesReductions.NO_BASE));
            } else if (due.get(month).signum() == 0) {
                // Nothing is owed, and paying would earn on-time points for nothing.
                problems.add(new FieldProblem(field(i), EXEMPT));
            }
        }
        throwIfAny(problems);
    }

    private void refuseMonthsPaid(long memberId, List<String> raw, List<YearMonth> months) {
        Set<YearMonth> paid = new HashSet<>(jdbc.sql(ScopedSql.of("SELECT p.year, p.month FROM dues_payment p"
                        + DuesSql.ROSTER.formatted("p") + " WHERE p.member_id = ? AND p.year BETWEEN ? AND ?"))
                .params(memberId, months.stream().mapToInt(YearMonth::getYear).min().orElseThrow(),
                        months.stream().mapToInt(YearMonth::getYear).max().orElseThrow())
                .query((rs, i) -> YearMonth.of(rs.getInt(1), rs.getInt(2))).list());
        for (int i = 0; i < months.size(); i++) {
            if (paid.contains(months.get(i))) {
                throw alreadyPaid(field(i), raw.get(i));
            }
        }
    }

    private static List<PaymentView.Month> lines(List<YearMonth> months, Map<YearMonth, BigDecimal> due,
                                                 BigDecimal extra, LocalDate paidOn) {
        TreeSet<YearMonth> ordered = new TreeSet<>(months);
        List<PaymentView.Month> lines = new ArrayList<>();
        for (YearMonth month : ordered) {
            BigDecimal paid = month.equals(ordered.last()) ? due.get(month).add(extra) : due.get(month);
            lines.add(new PaymentView.Month(month, due.get(month), paid, !paidOn.isAfter(month.atEndOfMonth())));
        }
        return lines;
    }

    private void write(long memberId, List<PaymentView.Month> lines, LocalDate paidOn, CurrentUser caller) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            batch.batchUpdate("INSERT INTO dues_payment (member_id, year, month, due, paid, paid_on, recorded_by,"
                            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    lines.stream().map(l -> new Object[] {memberId, l.month().getYear(), l.month().getMonthValue(),
                            l.due(), l.paid(), Date.valueOf(paidOn), caller.accountId(), now}).toList());
        } catch (DuplicateKeyException e) {
            // Another request paid one of these months since we looked.
            throw alreadyPaid("months", String.join(", ", lines.stream().map(l -> l.month().toString()).toList()));
        }
        ledger.append(lines.stream().map(l -> entry(memberId, l, paidOn)).toList());
        Set<Integer> years = new TreeSet<>();
        lines.forEach(l -> years.add(l.month().getYear()));
        years.add(paidOn.getYear());
        years.forEach(year -> totals.refresh(List.of(memberId), year));
    }

    /**
     * A month paid on time counts in the month's own year even when paid ahead (dated the month's first
     * day then); a late one is dated the day it was paid, and earns nothing wherever it falls.
     */
    private static LedgerEntry entry(long memberId, PaymentView.Month line, LocalDate paidOn) {
        LocalDate firstDay = line.month().atDay(1);
        LocalDate occurred = line.onTime() && paidOn.isBefore(firstDay) ? firstDay : paidOn;
        return new LedgerEntry(memberId, line.onTime() ? EntryKind.DUES_ON_TIME : EntryKind.DUES_LATE, null,
                BigDecimal.ONE, "dues:" + line.month(), occurred);
    }

    private static ApiException alreadyPaid(String field, String month) {
        return new ApiException(HttpStatus.CONFLICT, ALREADY_PAID, List.of(new FieldProblem(field, ALREADY_PAID)),
                month);
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
    }

    private static String field(int i) {
        return "months[" + i + "]";
    }
}
