package org.dangjian.kit.security.scope;

/**
 * A query on an organisation-owned table with no caller to scope it and no {@link Unscoped} reason:
 * a bug in the code that ran it, never something a user caused. It fails instead of reading every row.
 */
public class UnscopedQueryException extends IllegalStateException {
    public UnscopedQueryException(String table, String statement) {
        super("query on organisation-owned table '" + table + "' (" + statement + ") has no caller to scope it;"
                + " a job, consumer or service route must declare @Unscoped(\"why\") or use DataScope.unscoped");
    }
}
