package org.dangjian.member.mobility;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MembersAwayListed;
import org.dangjian.contracts.member.MembersAwayListed.AwayMember;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.MembershipState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly prompt to transfer (issue 18 item 10): for each branch with mobile members on the roll away
 * {@code dj.member.away-report.months} months or more (6, the national rule, by default), one
 * {@code member.members-away-listed} through the outbox, which notify-service puts in the digest of the branch's
 * administrators and of those above it. A branch with nobody that long away is not announced. One transaction: a
 * run announces every branch or none.
 */
@Service
public class MonthlyAwayReport {
    private final MemberMapper members;
    private final EventOutbox outbox;
    private final int months;

    MonthlyAwayReport(MemberMapper members, EventOutbox outbox,
                      @Value("${dj.member.away-report.months:" + AwayMembers.PROMPT_AFTER_MONTHS + "}") int months) {
        if (months < 1 || months > AwayMembers.MAX_MONTHS) {
            throw new IllegalArgumentException("dj.member.away-report.months must be 1.." + AwayMembers.MAX_MONTHS);
        }
        this.members = members;
        this.outbox = outbox;
        this.months = months;
    }

    /** Announces the branches whose members are away long enough on {@code day}; answers how many branches. */
    @Transactional
    @Unscoped("the monthly list covers every branch of the city; the digest then goes to each branch's administrators")
    public int announce(LocalDate day) {
        List<Member> away = members.selectList(new LambdaQueryWrapper<Member>()
                .select(Member::getId, Member::getOrgId, Member::getOrgPath, Member::getName, Member::getMobileRegion,
                        Member::getMobileSince)
                .eq(Member::getState, MembershipState.ACTIVE)
                .eq(Member::isMobile, true)
                .le(Member::getMobileSince, day.minusMonths(months))
                .orderByAsc(Member::getOrgId).orderByAsc(Member::getMobileSince).orderByAsc(Member::getId));
        Map<Long, List<Member>> byBranch = new LinkedHashMap<>();
        away.forEach(m -> byBranch.computeIfAbsent(m.getOrgId(), id -> new ArrayList<>()).add(m));
        List<MembersAwayListed> lists = byBranch.values().stream().map(branch -> new MembersAwayListed(
                branch.get(0).getOrgId(), branch.get(0).getOrgPath(), day, months,
                branch.stream().map(m -> new AwayMember(m.getId(), m.getName(), m.getMobileRegion(), m.getMobileSince()))
                        .toList())).toList();
        if (!lists.isEmpty()) {
            outbox.addAll(lists);
        }
        return lists.size();
    }
}
