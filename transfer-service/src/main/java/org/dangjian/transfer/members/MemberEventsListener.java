package org.dangjian.transfer.members;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the roster from {@code dj.member.v1}, once per event. */
@Component
class MemberEventsListener {
    private static final String CONSUMER = "transfer-service.member-roster";
    private final EventInbox inbox;
    private final MemberRoster roster;

    MemberEventsListener(EventInbox inbox, MemberRoster roster) {
        this.inbox = inbox;
        this.roster = roster;
    }

    @KafkaListener(topics = Topics.MEMBER, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(MemberRegistered.TYPE)) {
                roster.registered(event.as(MemberRegistered.class));
            } else if (event.is(MemberUpdated.TYPE)) {
                roster.updated(event.as(MemberUpdated.class));
            } else if (event.is(MemberRelocated.TYPE)) {
                roster.relocated(event.as(MemberRelocated.class));
            } else if (event.is(MemberStatusChanged.TYPE)) {
                roster.statusChanged(event.as(MemberStatusChanged.class));
            }
        });
    }
}
