package org.dangjian.member.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to {@code sensitive_read_audit}, append-only. Each row commits on its own: a refused read ends
 * in an error that rolls back the caller's work, and the attempt must be on record all the same. Who,
 * from where and the trace id come from the request thread.
 */
@Component
public class SensitiveReadAudit {
    private static final String INSERT = "INSERT INTO sensitive_read_audit"
            + " (at, actor_id, actor_username, action, member_id, org_id, allowed, detail, client_ip, trace_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Only for the batch of a service's read, one row per member (JdbcClient has no batch). */
    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final Clock clock;

    public SensitiveReadAudit(JdbcTemplate batches, JdbcClient jdbc, Clock clock) {
        this.batches = batches;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void allowed(SensitiveRead action, Long memberId, Long orgId, String detail) {
        insert(action, memberId, orgId, true, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(SensitiveRead action, Long memberId, Long orgId, String detail) {
        insert(action, memberId, orgId, false, detail);
    }

    /**
     * Another service's read of these members, one row each so that a member's history shows it; the
     * actor is the service ({@code service:<name>}, no account id).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void serviceRead(SensitiveRead action, String service, Collection<Long> memberIds, String detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = TokenClaims.SERVICE_SUBJECT_PREFIX + service;
        String ip = RequestOrigin.clientIp();
        String trace = RequestOrigin.traceId();
        batches.batchUpdate(INSERT, memberIds.stream()
                .map(id -> new Object[] {now, null, actor, action.name(), id, null, true, detail, ip, trace})
                .toList());
    }

    private void insert(SensitiveRead action, Long memberId, Long orgId, boolean allowed, String detail) {
        CurrentUser actor = CurrentUsers.get();
        jdbc.sql(INSERT).params(LocalDateTime.now(clock), actor.accountId(), actor.username(), action.name(), memberId,
                orgId, allowed, detail, RequestOrigin.clientIp(), RequestOrigin.traceId()).update();
    }
}
