package org.dangjian.org.tree;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * org-service learns how many members each organisation has from member-service's events, never by
 * calling it: dissolving needs only "are there any left". Registration adds one when the member is on
 * the roll (not a member still arriving by transfer); a change of state adds or takes one away (arrival,
 * suspension, restoration, leaving; mobility changes nothing), and a relocation moves one. Version-one
 * events, still in the topic when the upgrade lands, count as they always did (their active statuses are
 * the v2 ACTIVE state). The inbox makes a redelivered event count once.
 */
@Component
class MemberCountListener {
    static final String CONSUMER = "org-service.member-counts";

    private final EventInbox inbox;
    private final MemberCountMapper counts;

    MemberCountListener(EventInbox inbox, MemberCountMapper counts) {
        this.inbox = inbox;
        this.counts = counts;
    }

    @KafkaListener(topics = Topics.MEMBER, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(MemberRegisteredV2.TYPE)) {
                MemberRegisteredV2 registered = event.as(MemberRegisteredV2.class);
                if (registered.status().active()) {
                    counts.increment(registered.orgId());
                }
            } else if (event.is(MemberStatusChangedV2.TYPE)) {
                MemberStatusChangedV2 changed = event.as(MemberStatusChangedV2.class);
                if (changed.membershipDelta() != 0) {
                    counts.add(changed.orgId(), changed.membershipDelta());
                }
            } else if (event.is(MemberRegistered.TYPE)) {
                counts.increment(event.as(MemberRegistered.class).orgId());
            } else if (event.is(MemberStatusChanged.TYPE)) {
                MemberStatusChanged changed = event.as(MemberStatusChanged.class);
                if (changed.membershipDelta() != 0) {
                    counts.add(changed.orgId(), changed.membershipDelta());
                }
            } else if (event.is(MemberRelocated.TYPE)) {
                MemberRelocated moved = event.as(MemberRelocated.class);
                counts.add(moved.fromOrgId(), -1);
                counts.add(moved.toOrgId(), 1);
            }
        });
    }
}
