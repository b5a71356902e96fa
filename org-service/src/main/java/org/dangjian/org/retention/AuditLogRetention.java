package org.dangjian.org.retention;

import java.time.LocalDateTime;
import java.time.Period;
import org.dangjian.kit.privacy.retention.RetentionAction;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sign-ins, account changes and service-token issues (audit_log, with addresses): 3 years by default, never under 6 months. */
@Component
class AuditLogRetention implements RetentionRule {
    private final JdbcClient jdbc;

    AuditLogRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "AUDIT_LOG";
    }

    @Override
    public String label() {
        return "登录与账号操作审计记录";
    }

    @Override
    public RetentionAction action() {
        return RetentionAction.ERASE;
    }

    @Override
    public Period defaultPeriod() {
        return Period.ofYears(3);
    }

    @Override
    public Period minimumPeriod() {
        return Period.ofMonths(6);
    }

    @Override
    public long countDue(LocalDateTime cutoff) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE at < ?").param(cutoff).query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        return jdbc.sql("DELETE FROM audit_log WHERE at < ? ORDER BY id LIMIT " + limit).param(cutoff).update();
    }
}
