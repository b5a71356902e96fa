package org.dangjian.notify.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.cadre.CadreQuarterOverdue;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.digest.CadreQuartersOverdue;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * cadre-service's reminders: an organisation's quarterly update past due goes into the administrators' digest. Other
 * cadre events (appointments, confirmations) are not for notify-service.
 */
@Component
class CadreMessages {
    private static final String CONSUMER = "notify-service.cadres";
    private final EventInbox inbox;
    private final CadreQuartersOverdue overdue;

    CadreMessages(EventInbox inbox, CadreQuartersOverdue overdue) {
        this.inbox = inbox;
        this.overdue = overdue;
    }

    @KafkaListener(topics = Topics.CADRE, groupId = CONSUMER)
    @Unscoped(ConsumerScope.MESSAGES)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(CadreQuarterOverdue.TYPE)) {
                overdue.collect(event.id(), event.as(CadreQuarterOverdue.class));
            }
        });
    }
}
