package org.dangjian.contracts.recruitment;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** The events of an applicant: all on {@link Topics#RECRUITMENT}, keyed by {@code applicantId} so they stay in order. */
public interface RecruitmentEvent extends IntegrationEvent {
    long applicantId();

    @Override
    default String eventTopic() {
        return Topics.RECRUITMENT;
    }

    @Override
    default String eventSubject() {
        return Long.toString(applicantId());
    }
}
