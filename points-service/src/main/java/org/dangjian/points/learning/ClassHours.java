package org.dangjian.points.learning;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.points.ledger.EntryKind;
import org.dangjian.points.ledger.Ledger;
import org.dangjian.points.ledger.LedgerEntry;
import org.dangjian.points.totals.Totals;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Class hours earned in the Party school count towards points (by the rules' points per hour, up to
 * their cap): one ledger entry per event, so a redelivered event counts once.
 */
@Component
class ClassHours {
    private static final String CONSUMER = "points-service.class-hours";
    private final EventInbox inbox;
    private final Ledger ledger;
    private final Totals totals;

    ClassHours(EventInbox inbox, Ledger ledger, Totals totals) {
        this.inbox = inbox;
        this.ledger = ledger;
        this.totals = totals;
    }

    @KafkaListener(topics = Topics.LEARNING, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(LearningHoursEarned.TYPE)) {
                LearningHoursEarned e = event.as(LearningHoursEarned.class);
                ledger.append(List.of(new LedgerEntry(e.memberId(), EntryKind.CLASS_HOURS, null, e.hours(),
                        "event:" + event.id(), e.earnedOn())));
                totals.refresh(List.of(e.memberId()), e.earnedOn().getYear());
            }
        });
    }
}
