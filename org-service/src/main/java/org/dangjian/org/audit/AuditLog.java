package org.dangjian.org.audit;

import java.time.LocalDateTime;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to {@code audit_log}. Each row commits in its own transaction: a failed login ends in a 401
 * that rolls back the caller's work, and the attempt must be on record all the same. Who acted, the
 * client address and the trace id are taken from the request thread, so callers only say what happened.
 */
@Component
public class AuditLog {
    private static final String INSERT = "INSERT INTO audit_log"
            + " (at, account_id, username, action, outcome, reason, client_ip, trace_id, actor_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void success(AuditAction action, Long accountId, String username, String reason) {
        insert(action, AuditOutcome.SUCCESS, accountId, username, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failure(AuditAction action, Long accountId, String username, String reason) {
        insert(action, AuditOutcome.FAILURE, accountId, username, reason);
    }

    private void insert(AuditAction action, AuditOutcome outcome, Long accountId, String username, String reason) {
        Long actor = CurrentUsers.find().map(CurrentUser::accountId).orElse(null);
        jdbc.update(INSERT, LocalDateTime.now(), accountId, truncate(username, 64), action.name(), outcome.name(),
                truncate(reason, 64), RequestOrigin.clientIp(), RequestOrigin.traceId(), actor);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
