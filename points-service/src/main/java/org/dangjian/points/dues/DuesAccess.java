package org.dangjian.points.dues;

import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may write a member's dues: the administrators of the member's branch or of an organisation above
 * it. A member outside the caller's subtree is "not found", exactly like one that does not exist.
 */
@Component
class DuesAccess {
    static final String ADMINS_ONLY = "POINTS_DUES_ADMINS_ONLY";
    static final String MEMBER_NOT_FOUND = "POINTS_MEMBER_NOT_FOUND";
    private final MemberRoster roster;

    DuesAccess(MemberRoster roster) {
        this.roster = roster;
    }

    MemberRef memberFor(long memberId, CurrentUser caller) {
        if (!caller.isCityAdmin() && !caller.hasRole(CurrentUser.ORG_ADMIN)) {
            throw new ApiException(HttpStatus.FORBIDDEN, ADMINS_ONLY);
        }
        return roster.find(memberId).filter(m -> caller.covers(m.orgPath()))
                .orElseThrow(() -> ApiException.notFound(MEMBER_NOT_FOUND));
    }
}
