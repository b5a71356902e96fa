package org.dangjian.kit.security.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a MyBatis-Plus entity whose rows belong to an organisation: every query on its table is
 * limited to the caller's subtree by {@link OrgPathScope}. The column holds the materialized path
 * ({@code /1/12/345/}) and must be indexed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OrgScoped {
    /** Column with the organisation's materialized path. */
    String orgPathColumn() default "org_path";

    /**
     * Further path columns, for rows that belong to two organisations at once (a transfer belongs to
     * the sending and the receiving side): a row is in scope when any of its paths is. Paths may be null.
     */
    String[] moreOrgPathColumns() default {};

    /** Column with the member id, for tables a member may read their own rows of; empty if none. */
    String memberColumn() default "";

    /**
     * Column with the applicant id (the recruitment case the token's {@code applicant_id} names), for tables an
     * applicant may read their own rows of; empty if none.
     */
    String applicantColumn() default "";
}
