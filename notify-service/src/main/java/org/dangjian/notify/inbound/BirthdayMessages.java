package org.dangjian.notify.inbound;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The political-birthday greeting, with the member's years in the Party. A member this service does
 * not know yet is retried (their registration is on its way); one without a phone gets nothing.
 */
@Component
class BirthdayMessages {
    private static final String CONSUMER = "notify-service.political-birthdays";
    private final EventInbox inbox;
    private final MessageQueue queue;
    private final Contacts contacts;

    BirthdayMessages(EventInbox inbox, MessageQueue queue, Contacts contacts) {
        this.inbox = inbox;
        this.queue = queue;
        this.contacts = contacts;
    }

    @KafkaListener(topics = Topics.MEMBER, groupId = CONSUMER, concurrency = "${dj.notify.listener-concurrency:3}")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(MemberPoliticalBirthday.TYPE)) {
                MemberPoliticalBirthday e = event.as(MemberPoliticalBirthday.class);
                Recipient member = contacts.member(e.memberId()).orElseThrow(() -> new IllegalStateException(
                        "member " + e.memberId() + " is not known yet"));
                if (member.reachable()) {
                    queue.enqueue(event.id(), new Outgoing(MessageKind.POLITICAL_BIRTHDAY, member,
                            Map.of("name", e.name(), "years", Integer.toString(e.years()))));
                }
            }
        });
    }
}
