package org.dangjian.kit.security.rights;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The services that may call an internal route ({@code /internal/**}), by name ({@code notify-service}). A
 * service token opens only the internal routes that name its service; a route that names none is closed to every
 * service (deny by default), so that a leaked secret of one service reads only what that service needs: the
 * points-service secret cannot read members' clear phones. Others get 403 {@code FORBIDDEN} with the reason.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CalledBy {
    /** Names of the calling services, as in their {@code service.yaml}. */
    String[] value();
}
