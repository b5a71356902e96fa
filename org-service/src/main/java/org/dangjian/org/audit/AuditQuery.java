package org.dangjian.org.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.org.StoredTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log: the city administrator all of it, an auditor the rows of accounts whose
 * organisation is in its subtree now (joined through the account's current organisation, so the
 * append-only log never needs rewriting when an organisation moves; the kit's scope on
 * {@code org_unit} limits the join). Rows of unknown usernames belong to no organisation and only the
 * city sees them. Every value is a bound parameter; the fixed fragments are chosen by which filters are
 * present.
 */
@Component
public class AuditQuery {
    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(
            rs.getLong("id"),
            StoredTime.toOffset(rs.getObject("at", LocalDateTime.class)),
            (Long) rs.getObject("account_id", Long.class),
            rs.getString("username"),
            AuditAction.valueOf(rs.getString("action")),
            AuditOutcome.valueOf(rs.getString("outcome")),
            rs.getString("reason"),
            rs.getString("client_ip"),
            rs.getString("trace_id"),
            (Long) rs.getObject("actor_id", Long.class));

    private final JdbcClient jdbc;

    public AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<AuditEntry> find(AuditFilter filter, PageQuery page) {
        StringBuilder from = new StringBuilder(" FROM audit_log a");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!CurrentUsers.get().isCityAdmin()) {
            // What an auditor is shown: rows of accounts in organisations the scope lets them see.
            from.append(" JOIN account ac ON ac.id = a.account_id JOIN org_unit o ON o.id = ac.org_id");
        }
        if (filter.from() != null) {
            where.append(" AND a.at >= ?");
            args.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND a.at < ?");
            args.add(filter.to());
        }
        if (filter.accountId() != null) {
            where.append(" AND a.account_id = ?");
            args.add(filter.accountId());
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" AND a.username = ?");
            args.add(filter.username().trim());
        }
        if (filter.outcome() != null) {
            where.append(" AND a.outcome = ?");
            args.add(filter.outcome().name());
        }
        if (filter.action() != null) {
            where.append(" AND a.action = ?");
            args.add(filter.action().name());
        }
        Long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*)" + from + where)).params(args).query(Long.class).single();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<AuditEntry> items = jdbc.sql(ScopedSql.of("SELECT a.*" + from + where + " ORDER BY a.at DESC, a.id DESC")
                        + " LIMIT ? OFFSET ?")
                .params(pageArgs).query(ROW).list();
        return PageResult.of(items, total == null ? 0 : total, page);
    }
}
