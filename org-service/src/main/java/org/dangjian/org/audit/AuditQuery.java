package org.dangjian.org.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log: the city administrator all of it, an auditor the rows of accounts whose
 * organisation is in its subtree now (joined through the account's current organisation, so the
 * append-only log never needs rewriting when an organisation moves). Rows of unknown usernames belong to
 * no organisation and only the city sees them. Every value is a bound parameter; the fixed fragments are
 * chosen by which filters are present.
 */
@Component
public class AuditQuery {
    private static final Pattern ORG_PATH = Pattern.compile("(/\\d+)+/");
    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(
            rs.getLong("id"),
            rs.getTimestamp("at").toLocalDateTime().atZone(ZoneId.systemDefault()).toOffsetDateTime(),
            (Long) rs.getObject("account_id", Long.class),
            rs.getString("username"),
            AuditAction.valueOf(rs.getString("action")),
            AuditOutcome.valueOf(rs.getString("outcome")),
            rs.getString("reason"),
            rs.getString("client_ip"),
            rs.getString("trace_id"),
            (Long) rs.getObject("actor_id", Long.class));

    private final JdbcTemplate jdbc;

    public AuditQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<AuditEntry> find(CurrentUser caller, AuditFilter filter, PageQuery page) {
        StringBuilder from = new StringBuilder(" FROM audit_log a");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!caller.isCityAdmin()) {
            if (!caller.hasRole(CurrentUser.AUDITOR)) {
                throw new ApiException(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN);
            }
            if (caller.orgPath() == null || !ORG_PATH.matcher(caller.orgPath()).matches()) {
                return PageResult.of(List.of(), 0, page);
            }
            from.append(" JOIN account ac ON ac.id = a.account_id JOIN org_unit o ON o.id = ac.org_id");
            where.append(" AND o.path LIKE ?");
            args.add(caller.orgPath() + "%");
        }
        if (filter.from() != null) {
            where.append(" AND a.at >= ?");
            args.add(Timestamp.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND a.at < ?");
            args.add(Timestamp.valueOf(filter.to()));
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
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<AuditEntry> items = jdbc.query("SELECT a.*" + from + where + " ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?",
                ROW, pageArgs.toArray());
        return PageResult.of(items, total == null ? 0 : total, page);
    }
}
