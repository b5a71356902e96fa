package org.dangjian.member.lifecycle;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.recruitment.RecruitmentAdmitted;
import org.dangjian.contracts.recruitment.RecruitmentConfirmed;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The events that change who is a member, each consumed by its own group through the inbox (a
 * redelivered event changes nothing twice). Listener threads carry no caller: each listener declares why
 * it may reach any member of the city ({@link Unscoped}), while HTTP requests stay scoped.
 */
@Component
class LifecycleListeners {
    static final String ADMISSIONS = "member-service.admissions";
    static final String PROBATION = "member-service.probation-outcomes";
    static final String TRANSFERS = "member-service.transfers";

    private final EventInbox inbox;
    private final Admissions admissions;
    private final ProbationOutcomes probation;
    private final Transfers transfers;

    LifecycleListeners(EventInbox inbox, Admissions admissions, ProbationOutcomes probation, Transfers transfers) {
        this.inbox = inbox;
        this.admissions = admissions;
        this.probation = probation;
        this.transfers = transfers;
    }

    @KafkaListener(topics = Topics.RECRUITMENT, groupId = ADMISSIONS)
    @Unscoped("recruitment admits applicants into any branch of the city; the admission checks city-wide that the applicant is not a member yet")
    void admitted(ConsumerRecord<String, String> record) {
        inbox.receive(ADMISSIONS, record, event -> {
            if (event.is(RecruitmentAdmitted.TYPE)) {
                admissions.admit(event.as(RecruitmentAdmitted.class));
            }
        });
    }

    @KafkaListener(topics = Topics.RECRUITMENT, groupId = PROBATION)
    @Unscoped("recruitment's verdict on a probation applies to the member wherever their branch is")
    void confirmed(ConsumerRecord<String, String> record) {
        inbox.receive(PROBATION, record, event -> {
            if (event.is(RecruitmentConfirmed.TYPE)) {
                probation.conclude(event.as(RecruitmentConfirmed.class));
            }
        });
    }

    @KafkaListener(topics = Topics.TRANSFER, groupId = TRANSFERS)
    @Unscoped("a completed transfer moves the member between organisations anywhere in the city, or out of it")
    void transferred(ConsumerRecord<String, String> record) {
        inbox.receive(TRANSFERS, record, event -> {
            if (event.is(TransferCompleted.TYPE)) {
                transfers.complete(event.as(TransferCompleted.class));
            }
        });
    }
}
