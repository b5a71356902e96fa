package org.dangjian.member.privacy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reading the sensitive-read audit: who looked at whose numbers, newest first. For the city administrator
 * (everything) and auditors (reads about members, or exports of organisations, in their subtree); the
 * subtree is a bound LIKE parameter on the member's or organisation's stored path.
 */
@Service
public class SensitiveReadLog {
    private static final String FROM = " FROM sensitive_read_audit a"
            + " LEFT JOIN member m ON m.id = a.member_id LEFT JOIN org_ref o ON o.org_id = a.org_id WHERE 1 = 1";
    private final JdbcTemplate jdbc;

    public SensitiveReadLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code actorId} is null for another service's read ({@code actorUsername} is {@code service:<name>}). */
    public record Entry(long id, LocalDateTime at, Long actorId, String actorUsername, String action, Long memberId,
                        Long orgId, boolean allowed, String detail, String clientIp, String traceId) {
    }

    public PageResult<Entry> page(Long memberId, PageQuery page) {
        CurrentUser caller = CurrentUsers.get();
        if (!caller.isCityAdmin() && !caller.hasRole(CurrentUser.AUDITOR)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (memberId != null) {
            where.append(" AND a.member_id = ?");
            args.add(memberId);
        }
        if (!caller.isCityAdmin()) {
            if (caller.orgPath() == null || !caller.covers(caller.orgPath())) {
                return PageResult.of(List.of(), 0, page);
            }
            where.append(" AND COALESCE(m.org_path, o.path) LIKE ?");
            args.add(caller.orgPath() + "%");
        }
        Integer total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where, Integer.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<Entry> items = jdbc.query("SELECT a.*" + FROM + where + " ORDER BY a.id DESC LIMIT ? OFFSET ?",
                (rs, n) -> new Entry(rs.getLong("id"), rs.getObject("at", LocalDateTime.class),
                        rs.getObject("actor_id", Long.class),
                        rs.getString("actor_username"), rs.getString("action"), rs.getObject("member_id", Long.class),
                        rs.getObject("org_id", Long.class), rs.getBoolean("allowed"), rs.getString("detail"),
                        rs.getString("client_ip"), rs.getString("trace_id")),
                pageArgs.toArray());
        return PageResult.of(items, total == null ? 0 : total, page);
    }
}
