package org.dangjian.notify.inbound;

import java.util.Map;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.template.MessageKind;
import org.springframework.stereotype.Component;

/**
 * The political-birthday greeting, with the member's years in the Party. The member's registration
 * came earlier on the same topic and key, so the directory knows them by the time the poll's messages
 * are written (all at once, see {@link MessageQueue}); one without a phone gets nothing.
 */
@Component
class BirthdayMessages {
    private final MessageQueue queue;

    BirthdayMessages(MessageQueue queue) {
        this.queue = queue;
    }

    void greet(String eventId, MemberPoliticalBirthday e) {
        queue.enqueueToMember(eventId, e.memberId(), MessageKind.POLITICAL_BIRTHDAY,
                Map.of("name", e.name(), "years", Integer.toString(e.years())));
    }
}
