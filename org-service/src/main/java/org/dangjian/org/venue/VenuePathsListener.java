package org.dangjian.org.venue;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Venue rows carry their organisation's path for scoping; they follow a move through the same
 * {@code org.moved} event every other service uses, which keeps the tree code free of venue concerns.
 */
@Component
class VenuePathsListener {
    private static final String CONSUMER = "org-service.venue-paths";
    private final EventInbox inbox;
    private final VenueService venues;

    VenuePathsListener(EventInbox inbox, VenueService venues) {
        this.inbox = inbox;
        this.venues = venues;
    }

    @Unscoped("applies org.moved, which no person calls: every venue and photo under the moved subtree's"
            + " old path follows it, in whichever branch it is")
    @KafkaListener(topics = Topics.ORG, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(OrgMoved.TYPE)) {
                OrgMoved moved = event.as(OrgMoved.class);
                venues.subtreeMoved(moved.oldPath(), moved.newPath());
            }
        });
    }
}
