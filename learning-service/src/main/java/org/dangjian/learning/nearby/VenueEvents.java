package org.dangjian.learning.nearby;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.org.OrgVenueUpdated;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the venues in step with org-service, once per event (the inbox). Its own consumer group beside the
 * org-directory kit's listener on the same topic: a shared group would split the partitions between them.
 */
@Component
class VenueEvents {
    private static final String CONSUMER = "learning-service.venues";
    private final EventInbox inbox;
    private final NearbyVenues venues;

    VenueEvents(EventInbox inbox, NearbyVenues venues) {
        this.inbox = inbox;
        this.venues = venues;
    }

    @KafkaListener(topics = Topics.ORG, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(OrgVenueUpdated.TYPE)) {
                venues.apply(event.as(OrgVenueUpdated.class));
            }
        });
    }
}
