package org.dangjian.kit.security.rights;

import java.util.Map;

/**
 * The named access rules, as the expressions method security evaluates, and the reason each one gives
 * in a refusal's {@code detail}. Services declare rights with the annotations of this package, never
 * with role tests of their own; a refusal is always 403 {@code FORBIDDEN}.
 */
public final class Rules {
    /** The city administrator only: city-wide settings (rules, templates, expiry runs). */
    public static final String CITY_ADMIN = "hasRole('CITY_ADMIN')";
    /** An administrator: of the city, or of an organisation (whose subtree the data scope then limits). */
    public static final String ADMINISTRATOR = "hasAnyRole('CITY_ADMIN', 'ORG_ADMIN')";
    /** Someone who reads the tree's records: an administrator or an auditor. */
    public static final String ADMINISTRATOR_OR_AUDITOR = "hasAnyRole('CITY_ADMIN', 'ORG_ADMIN', 'AUDITOR')";
    /** The city administrator or an auditor: the records of who read what. */
    public static final String CITY_ADMIN_OR_AUDITOR = "hasAnyRole('CITY_ADMIN', 'AUDITOR')";

    /** Rule expression → message code of the reason (in web-kit's problem bundles). */
    static final Map<String, String> REASONS = Map.of(
            CITY_ADMIN, "FORBIDDEN.cityAdmin",
            ADMINISTRATOR, "FORBIDDEN.administrator",
            ADMINISTRATOR_OR_AUDITOR, "FORBIDDEN.administratorOrAuditor",
            CITY_ADMIN_OR_AUDITOR, "FORBIDDEN.cityAdminOrAuditor");

    private Rules() {
    }

    /** The reason's message code for a rule's expression, or null for an expression that is not a rule. */
    public static String reasonOf(String expression) {
        return expression == null ? null : REASONS.get(expression);
    }
}
