package org.dangjian.kit.infra;

/** The connection options every service uses against the MySQL-family server. */
public final class JdbcUrls {
    private static final String OPTIONS =
            "useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                    + "&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";

    private JdbcUrls() {
    }

    public static String forSchema(String serverUrl, String schema) {
        return withOptions(serverUrl + "/" + schema);
    }

    static String withOptions(String url) {
        return url + (url.contains("?") ? "&" : "?") + OPTIONS;
    }
}
