package org.dangjian.kit.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates a service's schema as utf8mb4 on any MySQL-family server, embedded or not. */
public final class Schemas {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private Schemas() {
    }

    public static void create(String serverUrl, String user, String password, String schema) {
        if (!NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("bad schema name: " + schema);
        }
        try (Connection c = DriverManager.getConnection(JdbcUrls.withOptions(serverUrl + "/"), user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + schema + " at " + serverUrl, e);
        }
    }
}
