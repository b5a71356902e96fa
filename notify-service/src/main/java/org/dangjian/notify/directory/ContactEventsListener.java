package org.dangjian.notify.directory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.auth.AccountChanged;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the contact directory from member and account events, once per event. */
@Component
class ContactEventsListener {
    private static final String MEMBERS = "notify-service.member-contacts";
    private static final String ACCOUNTS = "notify-service.admin-contacts";
    private final EventInbox inbox;
    private final Contacts contacts;

    ContactEventsListener(EventInbox inbox, Contacts contacts) {
        this.inbox = inbox;
        this.contacts = contacts;
    }

    @KafkaListener(topics = Topics.MEMBER, groupId = MEMBERS)
    void onMember(ConsumerRecord<String, String> record) {
        inbox.receive(MEMBERS, record, event -> {
            if (event.is(MemberRegistered.TYPE)) {
                contacts.memberRegistered(event.as(MemberRegistered.class));
            } else if (event.is(MemberUpdated.TYPE)) {
                contacts.memberUpdated(event.as(MemberUpdated.class));
            } else if (event.is(MemberRelocated.TYPE)) {
                contacts.memberRelocated(event.as(MemberRelocated.class));
            } else if (event.is(MemberStatusChanged.TYPE)) {
                contacts.memberStatusChanged(event.as(MemberStatusChanged.class));
            }
        });
    }

    @KafkaListener(topics = Topics.AUTH, groupId = ACCOUNTS)
    void onAccount(ConsumerRecord<String, String> record) {
        inbox.receive(ACCOUNTS, record, event -> {
            if (event.is(AccountChanged.TYPE)) {
                contacts.accountChanged(event.as(AccountChanged.class));
            }
        });
    }
}
