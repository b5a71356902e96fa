package org.dangjian.points.dues;

import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.points.roster.RosterMemberMapper;
import org.springframework.stereotype.Component;

/**
 * Whose dues an administrator may write (the controller admits administrators only): a member of the
 * caller's subtree, as the kit's scope on the roster finds them. A member outside it is "not found",
 * exactly like one that does not exist.
 */
@Component
class DuesAccess {
    static final String MEMBER_NOT_FOUND = "POINTS_MEMBER_NOT_FOUND";
    private final RosterMemberMapper roster;

    DuesAccess(RosterMemberMapper roster) {
        this.roster = roster;
    }

    MemberRef memberFor(long memberId) {
        return roster.findInScope(memberId).orElseThrow(() -> ApiException.notFound(MEMBER_NOT_FOUND));
    }
}
