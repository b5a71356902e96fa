package org.dangjian.transfer.dues;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.points.PointsDuesPaid;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the dues record from {@code dj.points.v1}, once per event; other points events are not ours. */
@Component
class DuesPaidListener {
    static final String CONSUMER = "transfer-service.dues-paid";
    private final EventInbox inbox;
    private final DuesRecord record;

    DuesPaidListener(EventInbox inbox, DuesRecord record) {
        this.inbox = inbox;
        this.record = record;
    }

    @KafkaListener(topics = Topics.POINTS, groupId = CONSUMER)
    @Unscoped("a payment is recorded wherever the member is: the listener has no caller and updates the member's"
            + " open transfer, whichever branches it lies between")
    void on(ConsumerRecord<String, String> message) {
        inbox.receive(CONSUMER, message, event -> {
            if (event.is(PointsDuesPaid.TYPE)) {
                record.paid(event.as(PointsDuesPaid.class));
            }
        });
    }
}
