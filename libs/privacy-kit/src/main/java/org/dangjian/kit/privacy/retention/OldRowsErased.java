package org.dangjian.kit.privacy.retention;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The usual rule: rows of one table (numeric key {@code id}) whose timestamp column is older than the period are
 * deleted. A service declares one as a bean: {@code new OldRowsErased(jdbc, "MESSAGE_LOG", "短信与微信消息记录",
 * Period.ofYears(1), Period.ZERO, "message", "created_at")}.
 */
public final class OldRowsErased implements RetentionRule {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private final JdbcClient jdbc;
    private final String kind;
    private final String label;
    private final Period period;
    private final Period minimum;
    private final String table;
    private final String column;

    public OldRowsErased(JdbcClient jdbc, String kind, String label, Period period, Period minimum, String table,
                         String column) {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("not plain SQL identifiers: " + table + ", " + column);
        }
        this.jdbc = jdbc;
        this.kind = kind;
        this.label = label;
        this.period = period;
        this.minimum = minimum;
        this.table = table;
        this.column = column;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public RetentionAction action() {
        return RetentionAction.ERASE;
    }

    @Override
    public Period defaultPeriod() {
        return period;
    }

    @Override
    public Period minimumPeriod() {
        return minimum;
    }

    @Override
    public long countDue(LocalDateTime cutoff) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " < ?").param(cutoff)
                .query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        return jdbc.sql("DELETE FROM " + table + " WHERE " + column + " < ? ORDER BY id LIMIT " + limit).param(cutoff)
                .update();
    }
}
