package org.dangjian.org.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE
}
