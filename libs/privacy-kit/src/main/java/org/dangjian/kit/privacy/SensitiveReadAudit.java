package org.dangjian.kit.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to {@code sensitive_read_audit}, append-only. Each row commits on its own: a refused read ends
 * in an error that rolls back the caller's work, and the attempt must be on record all the same. Who,
 * from where and the trace id come from the request thread. The action is the service's own name for what was
 * read (an enum constant, such as member-service's {@code UNMASK} or recruitment-service's
 * {@code UNMASK_APPLICANT}); the subject is the service's id of the person.
 */
public class SensitiveReadAudit {
    private static final String INSERT = "INSERT INTO sensitive_read_audit"
            + " (at, actor_id, actor_username, action, subject_id, org_id, allowed, detail, client_ip, trace_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Only for the batch of a service's read, one row per person (JdbcClient has no batch). */
    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final Clock clock;

    public SensitiveReadAudit(JdbcTemplate batches, JdbcClient jdbc, Clock clock) {
        this.batches = batches;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void allowed(Enum<?> action, Long subjectId, Long orgId, String detail) {
        insert(action, subjectId, orgId, true, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Enum<?> action, Long subjectId, Long orgId, String detail) {
        insert(action, subjectId, orgId, false, detail);
    }

    /**
     * One refused attempt about several people at once (a file of rows), one row each, in one batch: subject id to
     * the subject's organisation.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusedEach(Enum<?> action, java.util.Map<Long, Long> orgBySubject, String detail) {
        CurrentUser actor = CurrentUsers.get();
        LocalDateTime now = LocalDateTime.now(clock);
        String ip = RequestOrigin.clientIp();
        String trace = RequestOrigin.traceId();
        batches.batchUpdate(INSERT, orgBySubject.entrySet().stream()
                .map(e -> new Object[] {now, actor.accountId(), actor.username(), action.name(), e.getKey(), e.getValue(),
                        false, detail, ip, trace})
                .toList());
    }

    /**
     * Another service's read of these people, one row each so that a person's history shows it; the actor is
     * the service ({@code service:<name>}, no account id).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void serviceRead(Enum<?> action, String service, Collection<Long> subjectIds, String detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = TokenClaims.SERVICE_SUBJECT_PREFIX + service;
        String ip = RequestOrigin.clientIp();
        String trace = RequestOrigin.traceId();
        batches.batchUpdate(INSERT, subjectIds.stream()
                .map(id -> new Object[] {now, null, actor, action.name(), id, null, true, detail, ip, trace})
                .toList());
    }

    private void insert(Enum<?> action, Long subjectId, Long orgId, boolean allowed, String detail) {
        CurrentUser actor = CurrentUsers.get();
        jdbc.sql(INSERT).params(LocalDateTime.now(clock), actor.accountId(), actor.username(), action.name(), subjectId,
                orgId, allowed, detail, RequestOrigin.clientIp(), RequestOrigin.traceId()).update();
    }
}
