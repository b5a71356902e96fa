package org.dangjian.kit.rules;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store of a service's rule sets ({@code rule_set}: one JSON document per change, never updated), each
 * row naming its rule set, the day it applies from, its basis, who set it and when. What is in force on a day
 * is {@link RuleTimeline}'s to say. The national values may be seeded as the first rows by the service's
 * migration, with the rule they come from; where nothing was, the definition's national value applies.
 */
public class RuleBook {
    private static final String COLUMNS = "SELECT version, effective_from, rules, source, created_by, created_at FROM rule_set";
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public RuleBook(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The value in force on {@code day}. */
    public <T> T inForce(RuleDefinition<T> rule, LocalDate day) {
        return timeline(rule).inForce(day);
    }

    public <T> RuleEntry<T> entryInForce(RuleDefinition<T> rule, LocalDate day) {
        return timeline(rule).entryInForce(day);
    }

    /** Every value the rule set has had or is to have, in one read: for checking many days. */
    public <T> RuleTimeline<T> timeline(RuleDefinition<T> rule) {
        List<RuleEntry<T>> entries = jdbc.sql(COLUMNS + " WHERE name = ?").param(rule.name())
                .query((rs, i) -> entry(rule, rs)).list();
        return RuleTimeline.of(rule, entries);
    }

    /** A new value from {@code from} on; the caller has checked it ({@link RuleSetChanges}). */
    <T> void set(RuleDefinition<T> rule, T value, LocalDate from, String source, long by) {
        jdbc.sql("INSERT INTO rule_set (name, rules, effective_from, source, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(rule.name(), json.writeValueAsString(value), Date.valueOf(from), source, by,
                        Timestamp.from(clock.instant())).update();
    }

    private <T> RuleEntry<T> entry(RuleDefinition<T> rule, ResultSet rs) throws SQLException {
        return new RuleEntry<>(rs.getInt(1), rs.getDate(2).toLocalDate(), json.readValue(rs.getString(3), rule.type()),
                rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant());
    }
}
