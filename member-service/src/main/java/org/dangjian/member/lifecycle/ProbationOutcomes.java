package org.dangjian.member.lifecycle;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.dangjian.contracts.recruitment.RecruitmentConfirmed;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.LeaveReason;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.history.MemberChanges;
import org.dangjian.member.record.standing.MemberLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code recruitment.confirmed}: the end of probation. CONFIRMED makes the member full from the end of
 * probation (one full year after admission, or the extension's end), refused when decided earlier;
 * EXTENDED records the one extension to {@code extendedUntil}; CANCELLED ends membership (LEFT,
 * {@code PROBATION_CANCELLED}). A member not admitted yet is thrown for a retry (the admission may still be
 * in flight in its own consumer); an outcome the rules refuse is logged and skipped.
 */
@Component
class ProbationOutcomes {
    private static final Logger log = LoggerFactory.getLogger(ProbationOutcomes.class);

    private final MemberMapper members;
    private final MemberLifecycle lifecycle;

    ProbationOutcomes(MemberMapper members, MemberLifecycle lifecycle) {
        this.members = members;
        this.lifecycle = lifecycle;
    }

    void conclude(RecruitmentConfirmed event) {
        Member m = members.selectOne(new LambdaQueryWrapper<Member>().eq(Member::getApplicantId, event.applicantId()));
        if (m == null) {
            throw new IllegalStateException("no member admitted from applicant " + event.applicantId() + " yet");
        }
        ChangeActor actor = ChangeActor.event("recruitment", event.applicantId());
        try {
            switch (event.outcome()) {
                case RecruitmentConfirmed.CONFIRMED -> lifecycle.confirmThroughRecruitment(m, event.date(), actor);
                case RecruitmentConfirmed.EXTENDED -> lifecycle.extendProbation(m, event.extendedUntil(), event.date(),
                        null, actor);
                case RecruitmentConfirmed.CANCELLED -> lifecycle.leave(m, LeaveReason.PROBATION_CANCELLED, event.date(),
                        null, actor);
                default -> log.warn("probation outcome {} of applicant {} unknown, skipped", event.outcome(),
                        event.applicantId());
            }
        } catch (ApiException refused) {
            if (MemberChanges.MEMBER_CHANGED_CONCURRENTLY.equals(refused.code())) {
                throw refused; // someone changed the record meanwhile: the redelivery will see it
            }
            log.warn("probation outcome {} of applicant {} skipped for member {}: {} {}", event.outcome(),
                    event.applicantId(), m.getId(), refused.code(), refused.fieldProblems());
        }
    }
}
