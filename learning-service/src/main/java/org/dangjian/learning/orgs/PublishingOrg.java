package org.dangjian.learning.orgs;

import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;

/**
 * The organisation a course, a question or an exam is made for: the one named, or the caller's; alive and in the
 * caller's subtree, else 400 at {@code orgId}.
 */
public final class PublishingOrg {
    public static final String ORG_NOT_FOUND = "LEARNING_ORG_NOT_FOUND";

    private PublishingOrg() {
    }

    public static OrgRef of(OrgDirectory orgs, Long orgId, CurrentUser by) {
        long id = orgId != null ? orgId : by.orgId();
        return orgs.find(id).filter(o -> !o.dissolved() && by.covers(o.path()))
                .orElseThrow(() -> ApiException.invalidField("orgId", ORG_NOT_FOUND));
    }
}
