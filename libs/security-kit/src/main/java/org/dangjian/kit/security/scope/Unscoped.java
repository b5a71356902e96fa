package org.dangjian.kit.security.scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Work whose queries on organisation-owned tables run without a caller's scope, and why: an event
 * consumer that applies a change wherever the member is, a nightly job over the whole city, a public
 * route that checks a code instead of a caller. Without it such a query fails (see {@link OrgPathScope}).
 *
 * <p>It only matters where no person calls: inside a person's request their scope still applies (the city
 * administrator's is the whole city), so a method that jobs and people both call may carry it safely.
 *
 * <p>Put it on a Spring bean's method or class (the kit's advisor opens the opt-out around the call), or
 * on a mapper method (read from the statement id). For a few lines inside a method, use
 * {@link DataScope#unscoped(String, java.util.function.Supplier)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Unscoped {
    /** Why this work may see every organisation's rows, in a sentence a reviewer can check. */
    String value();
}
