package org.dangjian.kit.roster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Keeps the roster from {@code dj.member.v1}, once per event, in each member's order. */
class MemberEventsListener {
    private final EventInbox inbox;
    private final MemberRoster roster;
    private final String consumer;

    MemberEventsListener(EventInbox inbox, MemberRoster roster, String consumer) {
        this.inbox = inbox;
        this.roster = roster;
        this.consumer = consumer;
    }

    /** The consumer group is the service's own: {@code <application name>.member-roster}. */
    @KafkaListener(topics = Topics.MEMBER, groupId = "${spring.application.name}" + MemberRosterAutoConfiguration.CONSUMER_SUFFIX)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(consumer, record, event -> {
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
