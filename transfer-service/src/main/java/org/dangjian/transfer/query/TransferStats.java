package org.dangjian.transfer.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.transfer.query.TransferStatistics.ApproverTimes;
import org.dangjian.transfer.query.TransferStatistics.Counts;
import org.dangjian.transfer.query.TransferStatistics.Month;
import org.dangjian.transfer.query.TransferStatistics.StepTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A subtree's year in two aggregate queries: counts per month, and decision times per approving
 * organisation. A transfer belongs to the subtree when either end lies in it: the kit adds the caller's
 * scope to {@code transfer} ({@link ScopedSql}, the same rule as every mapper query), and a subtree the
 * request names is a further filter on the indexed path columns. Steps are counted with their transfer,
 * whoever approved them. Timestamps are stored in UTC; months are the business zone's, shifted by its
 * offset at the start of the year (China keeps no daylight saving).
 */
@Service
class TransferStats {
    static final int FIRST_YEAR = 1921;
    private static final String IN_NAMED_SUBTREE = " AND (" + SubtreePaths.under("t.from_org_path", "subtree")
            + " OR " + SubtreePaths.under("t.to_org_path", "subtree") + ")";

    private final JdbcClient jdbc;
    private final Clock clock;

    TransferStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code subtree}: the path of {@code orgId} when the request names one, else null (the caller's scope). */
    TransferStatistics of(Long orgId, String subtree, Integer askedYear) {
        int year = askedYear == null ? LocalDate.now(clock).getYear() : askedYear;
        if (year < FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
            throw ApiException.invalidField("year", "TRANSFER_QUERY_YEAR_OUT_OF_RANGE");
        }
        ZonedDateTime start = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone());
        Map<String, Object> params = new HashMap<>(Map.of(
                "start", LocalDateTime.ofInstant(start.toInstant(), ZoneOffset.UTC),
                "end", LocalDateTime.ofInstant(start.plusYears(1).toInstant(), ZoneOffset.UTC),
                "offset", start.getOffset().getTotalSeconds()));
        params.put("subtree", subtree);
        String inSubtree = subtree == null ? "" : IN_NAMED_SUBTREE;
        List<MonthRow> months = monthRows(ScopedSql.of(byMonth(inSubtree)), params);
        List<ApproverRow> approvers = approverRows(ScopedSql.of(byApprover(inSubtree)), params);
        return new TransferStatistics(orgId, year, months(months), total(months), steps(approvers),
                approvers.stream().map(ApproverRow::times).toList());
    }

    /** The subtree filter is empty when the request names none. */
    private static String byMonth(String inSubtree) {
        return "SELECT m, SUM(registered) AS registered, SUM(completed) AS completed,"
                + " SUM(rejected) AS rejected, SUM(cancelled) AS cancelled, SUM(expired) AS expired,"
                + " SUM(completion_seconds) AS completion_seconds FROM ("
                + " SELECT MONTH(DATE_ADD(t.registered_at, INTERVAL :offset SECOND)) AS m, 1 AS registered,"
                + " 0 AS completed, 0 AS rejected, 0 AS cancelled, 0 AS expired, 0 AS completion_seconds"
                + " FROM transfer t WHERE t.registered_at >= :start AND t.registered_at < :end" + inSubtree
                + " UNION ALL"
                + " SELECT MONTH(DATE_ADD(t.closed_at, INTERVAL :offset SECOND)), 0,"
                + " CASE WHEN t.status = 'COMPLETED' THEN 1 ELSE 0 END, CASE WHEN t.status = 'REJECTED' THEN 1 ELSE 0 END,"
                + " CASE WHEN t.status = 'CANCELLED' THEN 1 ELSE 0 END, CASE WHEN t.status = 'EXPIRED' THEN 1 ELSE 0 END,"
                + " CASE WHEN t.status = 'COMPLETED' THEN TIMESTAMPDIFF(SECOND, t.registered_at, t.closed_at) ELSE 0 END"
                + " FROM transfer t WHERE t.closed_at >= :start AND t.closed_at < :end" + inSubtree
                + ") x GROUP BY m";
    }

    /** {@code transfer_step}, not {@code approver_step}: the subtree's transfers are timed at every level, above it too. */
    private static String byApprover(String inSubtree) {
        return "SELECT s.org_id, MAX(s.org_name) AS org_name,"
                + " MAX(s.org_path) AS approver_path, COUNT(*) AS decisions,"
                + " SUM(TIMESTAMPDIFF(SECOND, s.pending_since, s.decided_at)) AS seconds"
                + " FROM transfer_step s JOIN transfer t ON t.id = s.transfer_id"
                + " WHERE s.decided_at >= :start AND s.decided_at < :end AND s.pending_since IS NOT NULL" + inSubtree
                + " GROUP BY s.org_id ORDER BY approver_path, s.org_id";
    }

    /** A month's counts with the raw seconds, so that the year's averages are exact, not means of means. */
    private record MonthRow(int month, int registered, int completed, int rejected, int cancelled, int expired,
                            long completionSeconds) {
        Month view() {
            return new Month(month, registered, completed, rejected, cancelled, expired,
                    days(completionSeconds, completed));
        }
    }

    private record ApproverRow(long orgId, String orgName, int decisions, long seconds) {
        ApproverTimes times() {
            return new ApproverTimes(orgId, orgName, decisions, hours(seconds, decisions));
        }
    }

    private List<MonthRow> monthRows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new MonthRow(rs.getInt("m"), rs.getInt("registered"),
                rs.getInt("completed"), rs.getInt("rejected"), rs.getInt("cancelled"), rs.getInt("expired"),
                rs.getLong("completion_seconds"))).list();
    }

    private List<ApproverRow> approverRows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new ApproverRow(rs.getLong("org_id"),
                rs.getString("org_name"), rs.getInt("decisions"), rs.getLong("seconds"))).list();
    }

    /** All twelve months, those without any transfer as zeros. */
    private static List<Month> months(List<MonthRow> rows) {
        Map<Integer, Month> found = new HashMap<>();
        rows.forEach(r -> found.put(r.month(), r.view()));
        List<Month> all = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            all.add(found.getOrDefault(m, new Month(m, 0, 0, 0, 0, 0, null)));
        }
        return all;
    }

    private static Counts total(List<MonthRow> rows) {
        int completed = rows.stream().mapToInt(MonthRow::completed).sum();
        return new Counts(rows.stream().mapToInt(MonthRow::registered).sum(), completed,
                rows.stream().mapToInt(MonthRow::rejected).sum(), rows.stream().mapToInt(MonthRow::cancelled).sum(),
                rows.stream().mapToInt(MonthRow::expired).sum(),
                days(rows.stream().mapToLong(MonthRow::completionSeconds).sum(), completed));
    }

    private static StepTimes steps(List<ApproverRow> approvers) {
        int decisions = approvers.stream().mapToInt(ApproverRow::decisions).sum();
        return new StepTimes(decisions, hours(approvers.stream().mapToLong(ApproverRow::seconds).sum(), decisions));
    }

    private static Double days(long seconds, int count) {
        return count == 0 ? null : round(seconds / 86_400.0 / count);
    }

    private static Double hours(long seconds, int count) {
        return count == 0 ? null : round(seconds / 3_600.0 / count);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
