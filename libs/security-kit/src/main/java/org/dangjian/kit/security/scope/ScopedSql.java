package org.dangjian.kit.security.scope;

import com.baomidou.mybatisplus.extension.plugins.inner.DataPermissionInterceptor;

/**
 * The organisation scope for SQL that does not go through a mapper: a reporting read with
 * {@code JdbcClient} passes its statement through {@link #of} and gets back the same statement with the
 * caller's condition added to every {@link OrgScoped} table in it, exactly as a mapper query would
 * (the same {@link OrgPathScope}, parsed with JSqlParser; deny by default without a caller).
 */
public final class ScopedSql {
    private static final Rewriter REWRITER = new Rewriter();

    static {
        ParsedStatements.keep();
    }

    private ScopedSql() {
    }

    public static String of(String sql) {
        return REWRITER.rewrite(sql);
    }

    private static final class Rewriter extends DataPermissionInterceptor {
        Rewriter() {
            super(new OrgPathScope());
        }

        String rewrite(String sql) {
            return parserSingle(sql, null);
        }
    }
}
