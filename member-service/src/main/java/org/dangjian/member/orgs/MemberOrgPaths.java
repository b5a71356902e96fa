package org.dangjian.member.orgs;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.member.record.MemberMapper;
import org.springframework.stereotype.Component;

/** Members carry their organisation's path: a moved organisation takes its members' paths along. */
@Component
class MemberOrgPaths implements OrgPathFollower {
    private final MemberMapper members;

    MemberOrgPaths(MemberMapper members) {
        this.members = members;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        members.rewriteOrgPaths(oldPrefix, oldPrefix.length(), newPrefix);
    }
}
