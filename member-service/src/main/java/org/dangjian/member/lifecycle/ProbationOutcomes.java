package org.dangjian.member.lifecycle;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.dangjian.contracts.recruitment.RecruitmentConfirmed;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.MemberStatus;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.history.MemberChanges;
import org.dangjian.member.record.standing.Standing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code recruitment.confirmed}: the end of probation. CONFIRMED makes the member full from the date;
 * EXTENDED keeps them probationary with reason {@code PROBATION_EXTENDED}; CANCELLED ends membership
 * (LEFT, {@code PROBATION_CANCELLED}). A member not admitted yet is thrown for a retry (the admission may
 * still be in flight in its own consumer); a member whose standing no longer allows it is logged and
 * skipped.
 */
@Component
class ProbationOutcomes {
    static final String PROBATION_EXTENDED = "PROBATION_EXTENDED";
    static final String PROBATION_CANCELLED = "PROBATION_CANCELLED";
    private static final Logger log = LoggerFactory.getLogger(ProbationOutcomes.class);

    private final MemberMapper members;
    private final Standing standing;

    ProbationOutcomes(MemberMapper members, Standing standing) {
        this.members = members;
        this.standing = standing;
    }

    void conclude(RecruitmentConfirmed event) {
        Member m = members.selectOne(new LambdaQueryWrapper<Member>().eq(Member::getApplicantId, event.applicantId()));
        if (m == null) {
            throw new IllegalStateException("no member admitted from applicant " + event.applicantId() + " yet");
        }
        if (m.getStatus() != MemberStatus.PROBATIONARY) {
            log.warn("probation outcome {} of applicant {} skipped: member {} is {}", event.outcome(),
                    event.applicantId(), m.getId(), m.getStatus());
            return;
        }
        ChangeActor actor = ChangeActor.event("recruitment", event.applicantId());
        try {
            switch (event.outcome()) {
                case RecruitmentConfirmed.CONFIRMED -> standing.change(m, MemberStatus.FULL, event.date(), null, null, actor);
                case RecruitmentConfirmed.EXTENDED -> standing.change(m, MemberStatus.PROBATIONARY, event.date(),
                        PROBATION_EXTENDED, null, actor);
                case RecruitmentConfirmed.CANCELLED -> standing.change(m, MemberStatus.LEFT, event.date(),
                        PROBATION_CANCELLED, null, actor);
                default -> log.warn("probation outcome {} of applicant {} unknown, skipped", event.outcome(),
                        event.applicantId());
            }
        } catch (ApiException refused) {
            if (MemberChanges.MEMBER_CHANGED_CONCURRENTLY.equals(refused.code())) {
                throw refused; // someone changed the record meanwhile: the redelivery will see it
            }
            log.warn("probation outcome {} of applicant {} skipped: {}", event.outcome(), event.applicantId(),
                    refused.code());
        }
    }
}
