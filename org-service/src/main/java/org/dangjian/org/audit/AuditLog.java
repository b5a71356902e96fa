package org.dangjian.org.audit;

import java.time.Clock;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.dangjian.org.StoredTime;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        jdbc.sql(INSERT).params(StoredTime.now(clock), accountId, truncate(username, 64), action.name(), outcome.name(),
                truncate(reason, 64), RequestOrigin.clientIp(), RequestOrigin.traceId(), actor).update();
    }

    /**
     * What the log records as a refusal's reason: its most specific code, a field's rule
     * ({@code ROLE_ABOVE_CALLER}) rather than {@code VALIDATION_FAILED}, a 403's reason
     * ({@code ACCOUNT_ABOVE_CALLER}) rather than {@code FORBIDDEN}.
     */
    public static String reason(ApiException refused) {
        if (!refused.fieldProblems().isEmpty()) {
            return refused.fieldProblems().get(0).message();
        }
        return refused.detailCode() != null ? refused.detailCode() : refused.code();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
