package org.dangjian.member.record.standing;

import java.util.function.BiConsumer;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberService;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.update.MemberUpdates;
import org.dangjian.member.record.standing.StandingRequests.Confirmation;
import org.dangjian.member.record.standing.StandingRequests.Dated;
import org.dangjian.member.record.standing.StandingRequests.Extension;
import org.dangjian.member.record.standing.StandingRequests.Leaving;
import org.dangjian.member.record.standing.StandingRequests.Mobility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's lifecycle action, against the version they read; outside their subtree: not found. */
@Service
public class StandingActions {
    private final MemberService members;
    private final MemberLifecycle lifecycle;

    public StandingActions(MemberService members, MemberLifecycle lifecycle) {
        this.members = members;
        this.lifecycle = lifecycle;
    }

    @Transactional
    public Member confirm(long id, Confirmation r) {
        return act(id, r.version(), (m, actor) -> lifecycle.confirmAsRecorded(m, r.meetingDate(), r.fullDate(), actor));
    }

    @Transactional
    public Member extend(long id, Extension r) {
        return act(id, r.version(), (m, actor) -> lifecycle.extendProbation(m, r.extendedTo(), r.date(), r.note(), actor));
    }

    @Transactional
    public Member suspend(long id, Dated r) {
        return act(id, r.version(), (m, actor) -> lifecycle.suspend(m, r.date(), r.note(), actor));
    }

    @Transactional
    public Member restore(long id, Dated r) {
        return act(id, r.version(), (m, actor) -> lifecycle.restore(m, r.date(), r.note(), actor));
    }

    @Transactional
    public Member leave(long id, Leaving r) {
        if (!MemberLifecycle.leaveReasonByHand(r.reason())) {
            throw ApiException.invalidField("reason", MemberLifecycle.MEMBER_LEAVE_REASON_NOT_BY_HAND);
        }
        return act(id, r.version(), (m, actor) -> lifecycle.leave(m, r.reason(), r.date(), r.note(), actor));
    }

    @Transactional
    public Member startMobility(long id, Mobility r) {
        return act(id, r.version(), (m, actor) -> lifecycle.startMobility(m, r.region(), r.since(), r.city(), r.unit(),
                r.contact(), actor));
    }

    @Transactional
    public Member endMobility(long id, Dated r) {
        return act(id, r.version(), (m, actor) -> lifecycle.endMobility(m, r.date(), actor));
    }

    private Member act(long id, Integer version, BiConsumer<Member, ChangeActor> action) {
        CurrentUser caller = CurrentUsers.get();
        Member m = members.get(id);
        MemberUpdates.requireVersion(m, version);
        action.accept(m, ChangeActor.of(caller));
        return m;
    }
}
