package org.dangjian.notify.retention;

import java.time.LocalDateTime;
import java.time.Period;
import org.dangjian.kit.privacy.retention.RetentionAction;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Messages sent (or not) to people, with their encrypted phones and texts: kept a year by default, then erased. */
@Component
class MessageLogRetention implements RetentionRule {
    private final JdbcClient jdbc;

    MessageLogRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "MESSAGE_LOG";
    }

    @Override
    public String label() {
        return "短信与微信消息记录";
    }

    @Override
    public RetentionAction action() {
        return RetentionAction.ERASE;
    }

    @Override
    public Period defaultPeriod() {
        return Period.ofYears(1);
    }

    @Override
    public long countDue(LocalDateTime cutoff) {
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE created_at < ?").param(cutoff).query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        return jdbc.sql("DELETE FROM message WHERE created_at < ? ORDER BY id LIMIT " + limit).param(cutoff).update();
    }
}
