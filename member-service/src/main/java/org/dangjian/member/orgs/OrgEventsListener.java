package org.dangjian.member.orgs;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgDissolved;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.contracts.org.OrgUpdated;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class OrgEventsListener {
    private static final String CONSUMER = "member-service.org-directory";
    private final EventInbox inbox;
    private final OrgDirectory directory;

    OrgEventsListener(EventInbox inbox, OrgDirectory directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.ORG, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
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
