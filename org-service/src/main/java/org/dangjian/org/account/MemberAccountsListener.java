package org.dangjian.org.account;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every registered member gets an account to log in to the mini-program with (SMS code or WeChat), and the
 * account's phone follows the member's. A member registered as arriving by a transfer into the city gets
 * theirs at registration too: they follow their transfer in the mini-program before they arrive, while
 * they are not counted anywhere (issue 18 item 7). A member admitted through recruitment keeps the account they
 * had as an applicant, which becomes theirs ({@link ApplicantAccounts#admit}). The account moves with a relocated
 * member and closes when the member leaves ({@link MemberAccounts}), and loses name and phone when member-service
 * anonymises the former member after their retention period. Version-one events still in the topic are read
 * too.
 */
@Component
class MemberAccountsListener {
    private static final String CONSUMER = "org-service.member-accounts";
    private final EventInbox inbox;
    private final AccountService accounts;
    private final ApplicantAccounts applicants;
    private final MemberAccounts members;
    private final AuditLog audit;

    MemberAccountsListener(EventInbox inbox, AccountService accounts, ApplicantAccounts applicants,
                           MemberAccounts members, AuditLog audit) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.applicants = applicants;
        this.members = members;
        this.audit = audit;
    }

    @KafkaListener(topics = Topics.MEMBER, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(MemberRegisteredV2.TYPE) || event.is(MemberRegistered.TYPE)) {
                MemberRegisteredV2 registered = event.is(MemberRegisteredV2.TYPE) ? event.as(MemberRegisteredV2.class)
                        : MemberRegisteredV2.of(event.as(MemberRegistered.class));
                Account admitted = applicants.admit(registered);
                if (admitted != null) {
                    audit.success(AuditAction.ACCOUNT_UPDATE, admitted.getId(), admitted.getUsername(), "APPLICANT_ADMITTED");
                    return;
                }
                Account created = accounts.createForMember(registered);
                if (created != null) {
                    audit.success(AuditAction.ACCOUNT_CREATE, created.getId(), created.getUsername(), "MEMBER_REGISTERED");
                }
            } else if (event.is(MemberUpdated.TYPE)) {
                MemberUpdated updated = event.as(MemberUpdated.class);
                if (updated.changed() != null && updated.changed().contains("phone")) {
                    Account account = accounts.followMemberPhone(updated);
                    if (account != null) {
                        audit.success(AuditAction.ACCOUNT_UPDATE, account.getId(), account.getUsername(), "MEMBER_PHONE_CHANGED");
                    }
                }
            } else if (event.is(MemberRelocated.TYPE)) {
                Account moved = members.relocate(event.as(MemberRelocated.class));
                if (moved != null) {
                    audit.success(AuditAction.ACCOUNT_UPDATE, moved.getId(), moved.getUsername(), "MEMBER_RELOCATED");
                }
            } else if (event.is(MemberAnonymised.TYPE)) {
                Account anonymised = members.anonymise(event.as(MemberAnonymised.class));
                if (anonymised != null) {
                    audit.success(AuditAction.ACCOUNT_UPDATE, anonymised.getId(), anonymised.getUsername(),
                            "MEMBER_ANONYMISED");
                }
            } else if (event.is(MemberStatusChangedV2.TYPE) || event.is(MemberStatusChanged.TYPE)) {
                MemberStatusChangedV2 changed = event.is(MemberStatusChangedV2.TYPE)
                        ? event.as(MemberStatusChangedV2.class)
                        : MemberStatusChangedV2.of(event.as(MemberStatusChanged.class), null);
                Account account = members.followStatus(changed);
                if (account != null) {
                    audit.success(AuditAction.ACCOUNT_UPDATE, account.getId(), account.getUsername(),
                            AccountStatus.DISABLED.name().equals(account.getStatus()) ? "MEMBER_LEFT" : "MEMBER_RETURNED");
                }
            }
        });
    }
}
