package org.dangjian.notify.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.points.PointsWarningRaised;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.digest.DigestItemKind;
import org.dangjian.notify.digest.DigestItems;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A points warning goes to the administrators of the member's branch and of the organisations above it, never to
 * the member: it asks the branch to look after someone, and a flag at six months is for people to weigh, not a
 * verdict. Not one SMS per warning: it waits for each administrator's daily digest ({@code digest}).
 */
@Component
class PointsMessages {
    private static final String CONSUMER = "notify-service.points";
    private final EventInbox inbox;
    private final DigestItems digest;

    PointsMessages(EventInbox inbox, DigestItems digest) {
        this.inbox = inbox;
        this.digest = digest;
    }

    @KafkaListener(topics = Topics.POINTS, groupId = CONSUMER)
    @Unscoped(ConsumerScope.MESSAGES)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(PointsWarningRaised.TYPE)) {
                warn(event.id(), event.as(PointsWarningRaised.class));
            }
        });
    }

    private void warn(String eventId, PointsWarningRaised e) {
        String subject = (e.memberName() == null ? "党员" + e.memberId() : e.memberName()) + "：连续" + e.months() + "个月"
                + ("DUES_UNPAID".equals(e.kind()) ? "未交纳党费" : "未参加组织生活");
        digest.collect(eventId, "FLAG".equals(e.level()) ? DigestItemKind.FLAG : DigestItemKind.WARNING, e.orgId(),
                e.orgPath(), subject, null);
    }
}
