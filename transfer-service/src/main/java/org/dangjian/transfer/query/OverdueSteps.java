package org.dangjian.transfer.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.transfer.workflow.TransferKind;
import org.dangjian.kit.calendar.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Pending steps past their due date whose approving organisation lies in the caller's subtree (or in the
 * one the request names), for that approver's superiors; the longest overdue first. The steps are read
 * as their approvers own them ({@link ApproverStep}), so the kit scopes them by the step's own path
 * ({@code idx_step_path_due}). An approving organisation is always above one end of its transfer, so
 * whoever covers the step also covers the transfer, whose scope the kit adds as well.
 */
@Service
class OverdueSteps {
    private static final String WHERE = " FROM approver_step s JOIN transfer t ON t.id = s.transfer_id"
            + " WHERE s.status = 'PENDING' AND s.due_date < :today";
    private static final String IN_NAMED_SUBTREE = " AND " + SubtreePaths.under("s.org_path", "subtree");

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    OverdueSteps(JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** {@code subtree}: the path the request names, or null for the caller's whole scope. */
    PageResult<OverdueStep> under(String subtree, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        String where = subtree == null ? WHERE : WHERE + IN_NAMED_SUBTREE;
        long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*)" + where)).param("today", today).param("subtree", subtree)
                .query(Long.class).single();
        if (total == 0) {
            return PageResult.of(List.of(), 0, page);
        }
        List<OverdueStep> items = jdbc.sql(ScopedSql.of("SELECT s.transfer_id, t.member_name, t.kind, s.seq, s.org_id,"
                        + " s.org_name, s.due_date, s.pending_since" + where
                        + " ORDER BY s.due_date, s.transfer_id, s.seq LIMIT :size OFFSET :offset"))
                .param("today", today).param("subtree", subtree)
                .param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    // stored in UTC (the connection's zone), as MyBatis writes every Instant
                    LocalDateTime since = rs.getObject("pending_since", LocalDateTime.class);
                    return new OverdueStep(rs.getLong("transfer_id"), rs.getString("member_name"),
                            TransferKind.valueOf(rs.getString("kind")), rs.getInt("seq"), rs.getLong("org_id"),
                            rs.getString("org_name"), due, workingDays.countAfter(due, today),
                            (int) ChronoUnit.DAYS.between(due, today),
                            since == null ? null : since.toInstant(ZoneOffset.UTC));
                }).list();
        return PageResult.of(items, total, page);
    }
}
