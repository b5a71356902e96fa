package org.dangjian.kit.web.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that names a time zone because an outside party's wire format fixes it (an SMS
 * provider stamps delivery reports in Beijing time, whatever our users' zone). Everywhere else the zone
 * is the setting {@code dj.time-zone}, which the house rules check.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireFormatZone {
    /** Whose format fixes the zone, and which zone. */
    String value();
}
