package org.dangjian.org.account;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.recruitment.RecruitmentApplicantAnonymised;
import org.dangjian.contracts.recruitment.RecruitmentCaseClosed;
import org.dangjian.contracts.recruitment.RecruitmentCaseOpened;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A person who applies to join gets an account to study and take exams in the mini-program before they are
 * admitted (issue 19): opened from {@code recruitment.case-opened}, disabled by {@code recruitment.case-closed}.
 * {@code recruitment.applicant-anonymised} takes the name and phone off once the period after a refusal is past.
 * Admission is {@link MemberAccountsListener}'s: member-service's registration names the applicant.
 */
@Component
class ApplicantAccountsListener {
    private static final String CONSUMER = "org-service.applicant-accounts";
    private final EventInbox inbox;
    private final ApplicantAccounts accounts;
    private final AuditLog audit;

    ApplicantAccountsListener(EventInbox inbox, ApplicantAccounts accounts, AuditLog audit) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.audit = audit;
    }

    @KafkaListener(topics = Topics.RECRUITMENT, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(RecruitmentCaseOpened.TYPE)) {
                Account opened = accounts.open(event.as(RecruitmentCaseOpened.class));
                if (opened != null) {
                    audit.success(AuditAction.ACCOUNT_CREATE, opened.getId(), opened.getUsername(), "RECRUITMENT_CASE_OPENED");
                }
            } else if (event.is(RecruitmentCaseClosed.TYPE)) {
                RecruitmentCaseClosed closed = event.as(RecruitmentCaseClosed.class);
                Account disabled = accounts.close(closed.applicantId());
                if (disabled != null) {
                    audit.success(AuditAction.ACCOUNT_DISABLE, disabled.getId(), disabled.getUsername(),
                            "RECRUITMENT_CASE_" + closed.outcome());
                }
            } else if (event.is(RecruitmentApplicantAnonymised.TYPE)) {
                Account anonymised = accounts.anonymise(event.as(RecruitmentApplicantAnonymised.class).applicantId());
                if (anonymised != null) {
                    audit.success(AuditAction.ACCOUNT_UPDATE, anonymised.getId(), anonymised.getUsername(),
                            "APPLICANT_ANONYMISED");
                }
            }
        });
    }
}
