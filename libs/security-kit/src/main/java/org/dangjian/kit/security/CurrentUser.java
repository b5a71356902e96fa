package org.dangjian.kit.security;

import java.util.Set;

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

    public boolean isCityAdmin() {
        return roles.contains(CITY_ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether an organisation with this path lies in the caller's subtree. */
    public boolean covers(String path) {
        if (isCityAdmin()) {
            return true;
        }
        boolean treeRole = roles.contains(ORG_ADMIN) || roles.contains(AUDITOR);
        return treeRole && orgPath != null && path != null && path.startsWith(orgPath);
    }
}
