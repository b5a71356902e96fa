package org.dangjian.org.account;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every registered member gets an account to log in to the mini-program with (SMS code or WeChat), and the
 * account's phone follows the member's.
 */
@Component
class MemberAccountsListener {
    private static final String CONSUMER = "org-service.member-accounts";
    private final EventInbox inbox;
    private final AccountService accounts;
    private final AuditLog audit;

    MemberAccountsListener(EventInbox inbox, AccountService accounts, AuditLog audit) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.audit = audit;
    }

    @KafkaListener(topics = Topics.MEMBER, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(MemberRegistered.TYPE)) {
                Account created = accounts.createForMember(event.as(MemberRegistered.class));
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
            }
        });
    }
}
