package org.dangjian.org.audit;

import java.time.OffsetDateTime;

/** One audit row as the audit query returns it. */
public record AuditEntry(long id, OffsetDateTime at, Long accountId, String username, AuditAction action,
                         AuditOutcome outcome, String reason, String clientIp, String traceId, Long actorId) {
}
