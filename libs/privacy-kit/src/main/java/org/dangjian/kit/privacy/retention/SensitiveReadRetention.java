package org.dangjian.kit.privacy.retention;

import java.time.LocalDateTime;
import java.time.Period;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record of reads of clear ID and phone numbers: 3 years by default, never under 6 months (an audit). */
public class SensitiveReadRetention implements RetentionRule {
    private final JdbcClient jdbc;

    public SensitiveReadRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "SENSITIVE_READ_AUDIT";
    }

    @Override
    public String label() {
        return "敏感信息查看记录";
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
        return jdbc.sql("SELECT COUNT(*) FROM sensitive_read_audit WHERE at < ?").param(cutoff).query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        return jdbc.sql("DELETE FROM sensitive_read_audit WHERE at < ? ORDER BY id LIMIT " + limit).param(cutoff).update();
    }
}
