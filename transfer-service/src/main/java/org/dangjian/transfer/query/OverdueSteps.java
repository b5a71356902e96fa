package org.dangjian.transfer.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.transfer.workflow.TransferKind;
import org.dangjian.transfer.workflow.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Pending steps past their due date whose approving organisation lies in a subtree, for that
 * approver's superiors; the longest overdue first. Steps are not data-scoped, so the subtree is an
 * explicit condition on the step's own path ({@code idx_step_path_due}). An approving organisation is
 * always above one end of its transfer, so whoever covers the step also covers the transfer.
 */
@Service
class OverdueSteps {
    private static final String WHERE = " FROM transfer_step s JOIN transfer t ON t.id = s.transfer_id"
            + " WHERE s.status = 'PENDING' AND s.org_path LIKE :path AND s.due_date < :today";

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    OverdueSteps(JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    PageResult<OverdueStep> under(String subtree, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        long total = jdbc.sql("SELECT COUNT(*)" + WHERE).param("path", subtree + "%").param("today", today)
                .query(Long.class).single();
        if (total == 0) {
            return PageResult.of(List.of(), 0, page);
        }
        List<OverdueStep> items = jdbc.sql("SELECT s.transfer_id, t.member_name, t.kind, s.seq, s.org_id, s.org_name,"
                        + " s.due_date, s.pending_since" + WHERE
                        + " ORDER BY s.due_date, s.transfer_id, s.seq LIMIT :size OFFSET :offset")
                .param("path", subtree + "%").param("today", today)
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
