package org.dangjian.org.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dangjian.org.audit.AuditAction;

/**
 * Marks an account-changing route with what its attempts are recorded as. A permitted attempt is recorded
 * by {@link AccountAdministration}; one the route's rights annotation refuses before the route runs is
 * recorded by {@link RefusedAccountChanges}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface AccountChange {
    AuditAction value();
}
