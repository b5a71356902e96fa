package org.dangjian.notify.inbound;

import java.util.Map;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.stereotype.Component;

/**
 * The political-birthday greeting, with the member's years in the Party. The member's registration
 * came earlier on the same topic and key, so the directory knows them; one without a phone gets nothing.
 */
@Component
class BirthdayMessages {
    private final MessageQueue queue;
    private final Contacts contacts;

    BirthdayMessages(MessageQueue queue, Contacts contacts) {
        this.queue = queue;
        this.contacts = contacts;
    }

    void greet(String eventId, MemberPoliticalBirthday e) {
        contacts.member(e.memberId()).filter(Recipient::reachable).ifPresent(member -> queue.enqueue(eventId,
                new Outgoing(MessageKind.POLITICAL_BIRTHDAY, member,
                        Map.of("name", e.name(), "years", Integer.toString(e.years())))));
    }
}
