package org.dangjian.notify.inbound;

import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.recruitment.RecruitmentDeadlineApproaching;
import org.dangjian.contracts.recruitment.RecruitmentStepOverdue;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Member-development deadlines: a step about to fall due, or past it, is texted to the administrators of the
 * organisation that must act (the branch, or the committee above it for a committee's step), as transfers text
 * an approving organisation's. The event names the person and the step, never the ID number. Other recruitment
 * events are not for notify-service.
 */
@Component
class RecruitmentMessages {
    private static final String CONSUMER = "notify-service.recruitment";
    private final EventInbox inbox;
    private final MessageQueue queue;
    private final Contacts contacts;
    private final OrgDirectory orgs;

    RecruitmentMessages(EventInbox inbox, MessageQueue queue, Contacts contacts, OrgDirectory orgs) {
        this.inbox = inbox;
        this.queue = queue;
        this.contacts = contacts;
        this.orgs = orgs;
    }

    @KafkaListener(topics = Topics.RECRUITMENT, groupId = CONSUMER, concurrency = "${dj.notify.listener-concurrency:3}")
    @Unscoped(ConsumerScope.MESSAGES)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(RecruitmentDeadlineApproaching.TYPE)) {
                RecruitmentDeadlineApproaching e = event.as(RecruitmentDeadlineApproaching.class);
                text(event.id(), MessageKind.RECRUITMENT_DEADLINE, e.actingOrgId(), e.name(), e.stepName(), e.dueDate());
            } else if (event.is(RecruitmentStepOverdue.TYPE)) {
                RecruitmentStepOverdue e = event.as(RecruitmentStepOverdue.class);
                text(event.id(), MessageKind.RECRUITMENT_OVERDUE, e.actingOrgId(), e.name(), e.stepName(), e.dueDate());
            }
        });
    }

    private void text(String eventId, MessageKind kind, long actingOrgId, String name, String step, LocalDate due) {
        Map<String, String> values = Map.of(
                "org", orgs.find(actingOrgId).map(OrgRef::name).orElse(""),
                "name", name == null ? "" : name,
                "step", step == null ? "" : step,
                "dueDate", due.toString());
        contacts.administratorsOf(actingOrgId).forEach(a -> queue.enqueue(eventId, new Outgoing(kind, a, values)));
    }
}
