package org.dangjian.kit.security.scope;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subtree predicates that are not the caller's scope, built here so that no service writes a
 * {@code path LIKE} of its own: a filter on a subtree the request names (inside the caller's scope,
 * which the mapper or {@link ScopedSql} adds as well), and the rewrite of every path under a moved
 * organisation. Table and column names are the code's own constants, never input; paths are bound.
 */
public final class SubtreePaths {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private SubtreePaths() {
    }

    /**
     * {@code <column> LIKE CONCAT(:<param>, '%')}: rows in the subtree whose path the named parameter
     * binds (a materialized path such as {@code /1/12/}), for SQL run through {@code JdbcClient}.
     */
    public static String under(String column, String param) {
        return name(column) + " LIKE CONCAT(:" + name(param) + ", '%')";
    }

    /**
     * After {@code org.moved}: every {@code column} that starts with {@code oldPrefix} starts with
     * {@code newPrefix} instead, in one statement. Returns the number of rows rewritten.
     */
    public static int move(JdbcClient jdbc, String table, String column, String oldPrefix, String newPrefix) {
        String c = name(column);
        return jdbc.sql("UPDATE " + name(table) + " SET " + c + " = CONCAT(:newPrefix, SUBSTRING(" + c
                        + ", CHAR_LENGTH(:oldPrefix) + 1)) WHERE " + under(c, "oldPrefix"))
                .param("newPrefix", newPrefix)
                .param("oldPrefix", oldPrefix)
                .update();
    }

    private static String name(String identifier) {
        if (!NAME.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + identifier);
        }
        return identifier;
    }
}
