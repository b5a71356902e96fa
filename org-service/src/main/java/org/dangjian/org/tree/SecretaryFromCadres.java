package org.dangjian.org.tree;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An organisation's secretary as cadre-service records it: each secretary's appointment taken up or left reaches the
 * organisation's details (and their history) once, in the order cadre-service made the changes (keyed by the
 * organisation). Other posts are cadre-service's own.
 */
@Component
class SecretaryFromCadres {
    static final String CONSUMER = "org-service.cadre-secretaries";

    private final EventInbox inbox;
    private final OrgService orgs;

    SecretaryFromCadres(EventInbox inbox, OrgService orgs) {
        this.inbox = inbox;
        this.orgs = orgs;
    }

    @KafkaListener(topics = Topics.CADRE, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(CadreAppointmentChanged.TYPE)) {
                CadreAppointmentChanged changed = event.as(CadreAppointmentChanged.class);
                if (changed.secretary()) {
                    orgs.secretaryFromCadres(changed.orgId(), changed.memberId(), changed.name(), changed.current());
                }
            }
        });
    }
}
