package org.dangjian.kit.roster;

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
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps the roster from {@code dj.member.v1}, once per event, in each member's order. member-service publishes
 * the v2 registrations and status changes; the v1 ones still in the topic when a service upgrades are mapped
 * to the new meaning (see {@code MembershipStatus.fromV1}).
 */
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
            if (event.is(MemberRegisteredV2.TYPE)) {
                roster.registered(event.as(MemberRegisteredV2.class));
            } else if (event.is(MemberRegistered.TYPE)) {
                roster.registered(MemberRegisteredV2.of(event.as(MemberRegistered.class)));
            } else if (event.is(MemberUpdated.TYPE)) {
                roster.updated(event.as(MemberUpdated.class));
            } else if (event.is(MemberRelocated.TYPE)) {
                roster.relocated(event.as(MemberRelocated.class));
            } else if (event.is(MemberStatusChangedV2.TYPE)) {
                roster.statusChanged(event.as(MemberStatusChangedV2.class));
            } else if (event.is(MemberStatusChanged.TYPE)) {
                roster.statusChangedV1(event.as(MemberStatusChanged.class));
            } else if (event.is(MemberAnonymised.TYPE)) {
                roster.anonymised(event.as(MemberAnonymised.class));
            }
        });
    }
}
