package org.dangjian.cadre.record;

import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;

/**
 * The organisation a record, a post or a reserve entry is for: the one named, else the default (the cadre's, or the
 * caller's); active and in the caller's subtree, else 400 at {@code orgId}.
 */
public final class ServingOrg {
    public static final String NOT_FOUND = "CADRE_ORG_NOT_FOUND";

    private ServingOrg() {
    }

    public static OrgRef of(OrgDirectory orgs, Long orgId, long otherwise, CurrentUser by) {
        return orgs.find(orgId != null ? orgId : otherwise).filter(o -> !o.dissolved() && by.covers(o.path()))
                .orElseThrow(() -> ApiException.invalidField("orgId", NOT_FOUND));
    }
}
