package org.dangjian.member.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reading the sensitive-read audit: who looked at whose numbers, newest first. For the city administrator
 * (everything) and auditors (declared on the route): an auditor sees reads about members, and exports of
 * organisations, in their subtree. The kit scopes the joined {@code member} and {@code org_ref}
 * ({@link ScopedSql}); a row counts when the member it is about, or for an export the organisation, is in
 * scope.
 */
@Service
public class SensitiveReadLog {
    private static final String FROM = " FROM sensitive_read_audit a"
            + " LEFT JOIN member m ON m.id = a.subject_id LEFT JOIN org_ref o ON o.org_id = a.org_id"
            + " WHERE 1 = 1";
    /** The joins find only rows in scope; the city administrator also sees reads of ids no member has. */
    private static final String IN_SCOPE = " AND (m.id IS NOT NULL OR (a.subject_id IS NULL AND o.org_id IS NOT NULL))";
    private final JdbcClient jdbc;

    public SensitiveReadLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code actorId} is null for another service's read ({@code actorUsername} is {@code service:<name>}). */
    @Schema(name = "SensitiveReadEntry", description = "一次明文查看的记录。One read of clear numbers, allowed or refused.")
    public record Entry(long id, LocalDateTime at,
                        @Schema(description = "查看者的账号；其他服务读取时为空。The reader's account; null for another service.") Long actorId,
                        @Schema(description = "查看者的用户名，或 service:<服务名>。The reader's username, or service:<name>.") String actorUsername,
                        @Schema(description = "UNMASK（查看单个党员）、EXPORT_UNMASKED（明文导出）或 SERVICE_CONTACT_LOOKUP（服务读取联系方式）。"
                                + "What was read: one member unmasked, a subtree exported in clear, or contacts read by a service.",
                                example = "UNMASK") String action,
                        @Schema(description = "被查看的党员；导出时为空。The member read about; null for an export.") Long memberId,
                        @Schema(description = "所属或导出的组织。The member's organisation, or the exported one.") Long orgId,
                        @Schema(description = "是否被允许。Whether the read was allowed.") boolean allowed,
                        @Schema(description = "说明，如拒绝原因或导出人数。A note, such as why it was refused or how many members an export held.") String detail,
                        String clientIp, String traceId) {
    }

    public PageResult<Entry> page(Long memberId, PageQuery page) {
        String from = FROM + (memberId != null ? " AND a.subject_id = :memberId" : "")
                + (CurrentUsers.get().isCityAdmin() ? "" : IN_SCOPE);
        long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*)" + from)).param("memberId", memberId)
                .query(Long.class).single();
        List<Entry> items = jdbc.sql(ScopedSql.of("SELECT a.*" + from + " ORDER BY a.id DESC LIMIT :size OFFSET :offset"))
                .param("memberId", memberId).param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("at", LocalDateTime.class),
                        rs.getObject("actor_id", Long.class),
                        rs.getString("actor_username"), rs.getString("action"), rs.getObject("subject_id", Long.class),
                        rs.getObject("org_id", Long.class), rs.getBoolean("allowed"), rs.getString("detail"),
                        rs.getString("client_ip"), rs.getString("trace_id")))
                .list();
        return PageResult.of(items, total, page);
    }
}
