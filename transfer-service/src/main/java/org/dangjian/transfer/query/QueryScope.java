package org.dangjian.transfer.query;

import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The subtree a query is about: see {@link OrgDirectory#subtreePath}. */
@Component
class QueryScope {
    private final OrgDirectory orgs;

    QueryScope(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    String subtree(Long orgId, CurrentUser caller) {
        return orgs.subtreePath(orgId, caller);
    }
}
