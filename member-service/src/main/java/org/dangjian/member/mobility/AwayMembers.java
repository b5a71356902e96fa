package org.dangjian.member.mobility;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.MembershipState;
import org.springframework.stereotype.Service;

/**
 * Mobile members (流动党员) away from their branch for a while: away 6 months or more at one place, a member
 * should transfer their relationship there (组织关系转接, issue 18 item 10). The list administrators go through
 * each month; the data scope limits it to the caller's organisations.
 */
@Service
public class AwayMembers {
    /** The national rule's threshold: away six months or more. */
    public static final int PROMPT_AFTER_MONTHS = 6;
    static final int MAX_MONTHS = 600;

    private final MemberMapper members;
    private final OrgDirectory orgs;
    private final Clock clock;

    public AwayMembers(MemberMapper members, OrgDirectory orgs, Clock clock) {
        this.members = members;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** Members on the roll, mobile since {@code months} months ago or longer, longest away first. */
    public PageResult<Member> awayAtLeast(int months, Long orgId, PageQuery page) {
        if (months < 0 || months > MAX_MONTHS) {
            throw ApiException.invalidField("awayAtLeastMonths", "MEMBER_AWAY_MONTHS_OUT_OF_RANGE", MAX_MONTHS);
        }
        LocalDate since = LocalDate.now(clock).minusMonths(months);
        LambdaQueryWrapper<Member> where = new LambdaQueryWrapper<Member>()
                .eq(Member::getState, MembershipState.ACTIVE)
                .eq(Member::isMobile, true)
                .le(Member::getMobileSince, since);
        if (orgId != null) {
            OrgRef org = orgs.findInScope(orgId, CurrentUsers.get());
            where.likeRight(Member::getOrgPath, org.path());
        }
        where.orderByAsc(Member::getMobileSince).orderByAsc(Member::getId);
        Page<Member> result = members.selectPage(new Page<>(page.page(), page.size()), where);
        return PageResult.of(result.getRecords(), result.getTotal(), page);
    }
}
