package org.dangjian.kit.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write route the write audit leaves out, with the reason on the route: telemetry that a client sends every few
 * seconds (a player's heartbeat) would fill the log with rows no reviewer reads and cost every request an insert,
 * when what it leads to is on record elsewhere. Every other write is audited (deny by default); the reason must say
 * where the effect is on record.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotAudited {
    /** Why the route is not on the write audit, and where what it does is on record instead. */
    String value();
}
