package org.dangjian.kit.orgs;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgDissolved;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.contracts.org.OrgUpdated;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Applies org-service's events to the directory, once each (the inbox), in the tree's order. */
class OrgEventsListener {
    private final EventInbox inbox;
    private final OrgDirectory directory;
    private final String consumer;

    OrgEventsListener(EventInbox inbox, OrgDirectory directory, String consumer) {
        this.inbox = inbox;
        this.directory = directory;
        this.consumer = consumer;
    }

    /** The consumer group is the service's own: {@code <application name>.org-directory}. */
    @KafkaListener(topics = Topics.ORG, groupId = "${spring.application.name}" + OrgDirectoryAutoConfiguration.CONSUMER_SUFFIX)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(consumer, record, event -> {
            if (event.is(OrgCreated.TYPE)) {
                directory.created(event.as(OrgCreated.class));
            } else if (event.is(OrgMoved.TYPE)) {
                directory.moved(event.as(OrgMoved.class));
            } else if (event.is(OrgUpdated.TYPE)) {
                directory.updated(event.as(OrgUpdated.class));
            } else if (event.is(OrgDissolved.TYPE)) {
                directory.dissolved(event.as(OrgDissolved.class));
            }
        });
    }
}
