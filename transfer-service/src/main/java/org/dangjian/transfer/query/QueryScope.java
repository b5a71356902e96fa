package org.dangjian.transfer.query;

import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The subtree a figure or a list of steps is about, for the queries the data-scope interceptor cannot
 * limit (aggregates in plain SQL, and steps, which carry no scope of their own): the given
 * organisation's if the caller may read it, else the caller's own. Members have no subtree.
 */
@Component
class QueryScope {
    static final String TREE_ROLES_ONLY = "TRANSFER_QUERY_TREE_ROLES_ONLY";
    /** Every materialized path starts with it: the whole city. */
    private static final String EVERYWHERE = "/";

    private final OrgDirectory orgs;

    QueryScope(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    /** A path prefix; paths hold only digits and slashes, so it is safe as a LIKE pattern. */
    String subtree(Long orgId, CurrentUser caller) {
        if (orgId != null) {
            return orgs.findInScope(orgId, caller).path();
        }
        if (caller.isCityAdmin()) {
            return EVERYWHERE;
        }
        if (caller.covers(caller.orgPath())) {
            return caller.orgPath();
        }
        throw new ApiException(HttpStatus.FORBIDDEN, TREE_ROLES_ONLY);
    }
}
