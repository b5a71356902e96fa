package org.dangjian.transfer.query;

import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The subtree a request names with {@code ?orgId=}: it must lie within the caller's own, else "not
 * found" (never confirming it exists). The caller's own scope is not this class's business: the kit adds
 * it to every query, mapper or {@code ScopedSql} alike.
 */
@Component
class QueryScope {
    private final OrgDirectory orgs;

    QueryScope(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    /** The named organisation's path, or null when the request names none (the caller's whole scope). */
    String named(Long orgId, CurrentUser caller) {
        return orgId == null ? null : orgs.findInScope(orgId, caller).path();
    }
}
