package org.dangjian.contracts.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * Someone passed a unified e-exam of member development (Kunshan: activists, candidates and new members pass a
 * computer exam on Party knowledge before the next stage). An applicant is named by {@code applicantId} (the
 * recruitment case id, which org-service puts in the applicant's account), a member by {@code memberId}; a member
 * admitted through recruitment has both (their account keeps the case id), so a probationary member's pass reaches
 * the case. {@code kind} is ACTIVIST, CANDIDATE or NEW_MEMBER (recruitment-service's exam kinds);
 * {@code score} out of 100, as the exam counted it. Keyed by the applicant (else the member).
 * learning-service publishes it when an attempt is graded; recruitment-service consumes it to unlock the steps that wait for
 * an exam pass.
 */
public record LearningExamPassed(Long applicantId, Long memberId, String kind, BigDecimal score, LocalDate passedOn)
        implements IntegrationEvent {
    public static final String TYPE = "dj.learning.exam-passed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.LEARNING;
    }

    @Override
    public String eventSubject() {
        return String.valueOf(applicantId != null ? applicantId : memberId);
    }
}
