package org.dangjian.points.rules;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules as effective-dated data, in the same store as the points rules ({@code rule_set}: one JSON
 * document per change, never updated), each row naming its rule set and the day it applies from. The value
 * in force on a day is the row of the latest {@code effective_from} not after it (of two for the same day, the
 * later set). So a change applies from its date and never to a day before it: what was computed for the past
 * keeps the value it was computed with. The national values are the first rows, seeded by migration with the
 * rule they come from.
 */
@Repository
public class RuleBook {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    RuleBook(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** One value of a rule set: from when, what, on what basis, who set it and when (nobody: seeded). */
    public record Entry<T>(int version, LocalDate effectiveFrom, T value, String source, Long setBy, Instant setAt) {
    }

    public <T> T inForce(RuleDefinition<T> rule, LocalDate day) {
        return entryInForce(rule, day).value();
    }

    <T> Entry<T> entryInForce(RuleDefinition<T> rule, LocalDate day) {
        return jdbc.sql("SELECT version, effective_from, rules, source, created_by, created_at FROM rule_set"
                        + " WHERE name = ? AND effective_from <= ? ORDER BY effective_from DESC, version DESC LIMIT 1")
                .params(rule.name(), Date.valueOf(day)).query((rs, i) -> entry(rule, rs)).optional()
                .orElseGet(() -> new Entry<>(0, null, rule.national(), null, null, null));
    }

    /** Every value the rule set has had or is to have, the latest set first. */
    <T> List<Entry<T>> history(RuleDefinition<T> rule) {
        return jdbc.sql("SELECT version, effective_from, rules, source, created_by, created_at FROM rule_set"
                        + " WHERE name = ? ORDER BY version DESC")
                .param(rule.name()).query((rs, i) -> entry(rule, rs)).list();
    }

    <T> void set(RuleDefinition<T> rule, T value, LocalDate from, String source, long by) {
        jdbc.sql("INSERT INTO rule_set (name, rules, effective_from, source, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(rule.name(), json.writeValueAsString(value), Date.valueOf(from), source, by,
                        Timestamp.from(clock.instant())).update();
    }

    private <T> Entry<T> entry(RuleDefinition<T> rule, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry<>(rs.getInt(1), rs.getDate(2).toLocalDate(), json.readValue(rs.getString(3), rule.type()),
                rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant());
    }
}
