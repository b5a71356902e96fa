package org.dangjian.notify.inbound;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.learning.LearningLectureNotice;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Expert lectures: the booking organisation's administrators are texted the booking, the reminder the day before
 * and the lecture's being called off; the offering organisation's, a booking given up (a place free again). Other
 * learning events are not for notify-service.
 */
@Component
class LectureMessages {
    private static final String CONSUMER = "notify-service.learning";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private final EventInbox inbox;
    private final MessageQueue queue;
    private final Contacts contacts;

    LectureMessages(EventInbox inbox, MessageQueue queue, Contacts contacts) {
        this.inbox = inbox;
        this.queue = queue;
        this.contacts = contacts;
    }

    @KafkaListener(topics = Topics.LEARNING, groupId = CONSUMER)
    @Unscoped(ConsumerScope.MESSAGES)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(LearningLectureNotice.TYPE)) {
                tell(event.id(), event.as(LearningLectureNotice.class));
            }
        });
    }

    private void tell(String eventId, LearningLectureNotice e) {
        Map<String, String> values = Map.of(
                "org", e.orgName() == null ? "" : e.orgName(),
                "expert", e.expertName() == null ? "" : e.expertName(),
                "topic", e.topic() == null ? "" : e.topic(),
                "time", TIME.format(e.startsAt()),
                "place", e.place() == null ? "" : e.place(),
                "cancelUntil", e.cancelUntil() == null ? "" : TIME.format(e.cancelUntil()));
        switch (e.notice()) {
            case LearningLectureNotice.BOOKED -> toAdministrators(eventId, e.orgId(), MessageKind.LECTURE_BOOKED, values);
            case LearningLectureNotice.DUE_SOON -> toAdministrators(eventId, e.orgId(), MessageKind.LECTURE_REMINDER, values);
            case LearningLectureNotice.WITHDRAWN -> toAdministrators(eventId, e.orgId(), MessageKind.LECTURE_WITHDRAWN, values);
            case LearningLectureNotice.CANCELLED ->
                    toAdministrators(eventId, e.offeringOrgId(), MessageKind.LECTURE_BOOKING_CANCELLED, values);
            default -> {
                // a notice a later learning-service may add: nothing to text yet
            }
        }
    }

    private void toAdministrators(String eventId, long orgId, MessageKind kind, Map<String, String> values) {
        contacts.administratorsOf(orgId).forEach(a -> queue.enqueue(eventId, new Outgoing(kind, a, values)));
    }
}
