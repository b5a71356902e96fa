package org.dangjian.member.orgs;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.MembershipState;
import org.springframework.stereotype.Component;

/** How many people an organisation still holds: everyone on its roll who has not left (arriving and suspended too). */
@Component
class OrgMembership {
    private final MemberMapper members;

    OrgMembership(MemberMapper members) {
        this.members = members;
    }

    @Unscoped("org-service asks before it dissolves an organisation anywhere in the city; only a service token opens"
            + " /internal, and the answer is a count")
    long holdingMembers(long orgId) {
        return members.selectCount(new LambdaQueryWrapper<Member>()
                .eq(Member::getOrgId, orgId)
                .ne(Member::getState, MembershipState.LEFT));
    }
}
