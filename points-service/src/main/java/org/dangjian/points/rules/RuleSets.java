package org.dangjian.points.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The versions of the rules; the highest is in force, none at all means the built-in defaults. */
@Repository
public class RuleSets {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    RuleSets(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A version of the rules: who set it and when (version 0: the defaults, set by nobody). */
    public record Version(int version, PointRules rules, Long createdBy, Instant createdAt) {
    }

    public Version current() {
        return latest().orElseGet(() -> new Version(0, PointRules.defaults(), null, null));
    }

    private Optional<Version> latest() {
        return jdbc.sql("SELECT version, rules, created_by, created_at FROM rule_set ORDER BY version DESC LIMIT 1")
                .query((rs, i) -> new Version(rs.getInt(1), json.readValue(rs.getString(2), PointRules.class),
                        (Long) rs.getObject(3, Long.class), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    Version save(PointRules rules, long by) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO rule_set (rules, created_by, created_at) VALUES (?, ?, ?)")
                .params(json.writeValueAsString(rules), by, Timestamp.from(now)).update();
        return current();
    }
}
