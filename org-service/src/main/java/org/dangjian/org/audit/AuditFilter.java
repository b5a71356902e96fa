package org.dangjian.org.audit;

import java.time.LocalDateTime;

/** The audit query's conditions; any may be null. {@code to} is exclusive. */
public record AuditFilter(LocalDateTime from, LocalDateTime to, Long accountId, String username,
                          AuditOutcome outcome, AuditAction action) {
}
