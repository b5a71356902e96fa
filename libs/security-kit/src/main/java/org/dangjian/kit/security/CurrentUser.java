package org.dangjian.kit.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is calling, as the access token says: the account, its organisation and that organisation's
 * materialized path (the root of the caller's scope), roles, and the member id for members.
 */
public record CurrentUser(long accountId, String username, Long orgId, String orgPath, Set<String> roles,
                          Long memberId) {
    public static final String CITY_ADMIN = "CITY_ADMIN";
    public static final String ORG_ADMIN = "ORG_ADMIN";
    public static final String AUDITOR = "AUDITOR";
    public static final String MEMBER = "MEMBER";
    /**
     * A person who applied to join (an account opened from their recruitment case): no tree role and no member
     * id, so the data scope shows them nothing of anyone ({@code 1 = 0}) until their own features ask for them.
     */
    public static final String APPLICANT = "APPLICANT";
    /** A materialized path such as {@code /1/12/345/}; the same rule as the data scope's. */
    private static final Pattern ORG_PATH = Pattern.compile("(/\\d+)+/");

    public boolean isCityAdmin() {
        return roles.contains(CITY_ADMIN);
    }

    /** The roles the named rules ({@code rights.Rules}) test; services ask these, never {@link #hasRole}. */
    public boolean isAdministrator() {
        return isCityAdmin() || roles.contains(ORG_ADMIN);
    }

    public boolean isAdministratorOrAuditor() {
        return isAdministrator() || roles.contains(AUDITOR);
    }

    public boolean isAuditor() {
        return roles.contains(AUDITOR);
    }

    /** A member acting as themself; an administrator who is also a member is still an administrator. */
    public boolean isMember() {
        return roles.contains(MEMBER);
    }

    /** For the kits; a service states rights with the rules above or with the {@code rights} annotations. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether an organisation with this path lies in the caller's subtree. */
    public boolean covers(String path) {
        if (isCityAdmin()) {
            return true;
        }
        boolean treeRole = roles.contains(ORG_ADMIN) || roles.contains(AUDITOR);
        // A malformed own path ("", "/", "/1/12" without its closing slash) would reach other subtrees.
        return treeRole && orgPath != null && ORG_PATH.matcher(orgPath).matches()
                && path != null && path.startsWith(orgPath);
    }
}
