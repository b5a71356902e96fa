package org.dangjian.points.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of the points rules; the highest is in force (a change applies at once and recalculates the
 * year), none at all means the built-in defaults. They share {@code rule_set} with the effective-dated rule
 * sets of rules-kit's {@link org.dangjian.kit.rules.RuleBook}, under the name {@value #POINTS}.
 */
@Repository
public class RuleSets {
    static final String POINTS = "points";
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
        return jdbc.sql("SELECT version, rules, created_by, created_at FROM rule_set WHERE name = ?"
                        + " ORDER BY version DESC LIMIT 1").param(POINTS)
                .query((rs, i) -> new Version(rs.getInt(1), json.readValue(rs.getString(2), PointRules.class),
                        (Long) rs.getObject(3, Long.class), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    Version save(PointRules rules, long by) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO rule_set (name, rules, effective_from, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(POINTS, json.writeValueAsString(rules), java.sql.Date.valueOf(LocalDate.now(clock)),
                        by, Timestamp.from(now)).update();
        return current();
    }
}
