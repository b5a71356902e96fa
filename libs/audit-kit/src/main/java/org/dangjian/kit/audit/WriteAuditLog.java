package org.dangjian.kit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code dj_write_audit} table: appended to after every write request, read per subtree, pruned past the
 * retention period. Nothing else updates or deletes its rows.
 */
public class WriteAuditLog {
    private static final int PRUNE_BATCH = 5_000;
    private final JdbcClient jdbc;
    private final Clock clock;

    public WriteAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One answered write. Commits on its own: the request's transaction is over by now, whatever its outcome. */
    void append(Long actorId, String actorUsername, String actorOrgPath, String method, String route, String path,
                int status, String clientIp, String traceId) {
        jdbc.sql("INSERT INTO dj_write_audit (at, actor_id, actor_username, actor_org_path, method, route, path, status,"
                        + " client_ip, trace_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(LocalDateTime.now(clock), actorId, cut(actorUsername, 64), cut(actorOrgPath, 512), method,
                        cut(route, 255), cut(path, 255), status, clientIp, traceId)
                .update();
    }

    /** What to list: {@code subtree} null for the whole city; the dates inclusive, in the service's clock. */
    public record Query(String subtree, String username, LocalDate from, LocalDate to, WriteOutcome outcome) {
    }

    public List<WriteAuditEntry> list(Query q, long offset, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        args.add(size);
        args.add(offset);
        return jdbc.sql("SELECT id, at, actor_id, actor_username, actor_org_path, method, route, path, status, client_ip,"
                        + " trace_id FROM dj_write_audit" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(args).query(WriteAuditLog::entry).list();
    }

    public long count(Query q) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        return jdbc.sql("SELECT COUNT(*) FROM dj_write_audit" + where).params(args).query(Long.class).single();
    }

    /** Deletes rows written before {@code before}, in batches so that no long lock holds the table; the count. */
    public int prune(LocalDateTime before) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("DELETE FROM dj_write_audit WHERE at < ? ORDER BY id LIMIT " + PRUNE_BATCH)
                    .param(Timestamp.valueOf(before)).update();
            total += deleted;
        } while (deleted == PRUNE_BATCH);
        return total;
    }

    private static String where(Query q, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.subtree() != null) {
            // a path is digits and slashes, no wildcard; a prefix LIKE reads the index range
            where.append(" AND actor_org_path LIKE ?");
            args.add(q.subtree() + "%");
        }
        if (q.username() != null) {
            where.append(" AND actor_username = ?");
            args.add(q.username());
        }
        if (q.from() != null) {
            where.append(" AND at >= ?");
            args.add(Timestamp.valueOf(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            where.append(" AND at < ?");
            args.add(Timestamp.valueOf(q.to().plusDays(1).atStartOfDay()));
        }
        if (q.outcome() != null) {
            where.append(switch (q.outcome()) {
                case OK -> " AND status < 400";
                case REFUSED -> " AND status >= 400 AND status < 500";
                case FAILED -> " AND status >= 500";
            });
        }
        return where.toString();
    }

    private static WriteAuditEntry entry(ResultSet rs, int row) throws SQLException {
        int status = rs.getInt("status");
        return new WriteAuditEntry(rs.getLong("id"), rs.getTimestamp("at").toLocalDateTime(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_username"), rs.getString("actor_org_path"),
                rs.getString("method"), rs.getString("route"), rs.getString("path"), status, WriteOutcome.of(status),
                rs.getString("client_ip"), rs.getString("trace_id"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
