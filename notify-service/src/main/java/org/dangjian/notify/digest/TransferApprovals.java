package org.dangjian.notify.digest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.transfer.TransferCancelled;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.contracts.transfer.TransferExpired;
import org.dangjian.contracts.transfer.TransferRejected;
import org.dangjian.contracts.transfer.TransferRequested;
import org.dangjian.contracts.transfer.TransferStepApproved;
import org.dangjian.contracts.transfer.TransferStepRef;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.events.InboundEvent;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.Recipient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Transfer approvals waiting at an organisation go into its administrators' next digest with their due date (the
 * approval notice itself still goes at once, from {@code inbound.TransferMessages}, whose deadline is working days):
 * an approval, rejection, expiry, cancellation or completion of the transfer before the digest drops what is still
 * pending of it.
 */
@Component
class TransferApprovals {
    private static final String CONSUMER = "notify-service.digest-transfers";
    private final EventInbox inbox;
    private final DigestItems items;
    private final Contacts contacts;

    TransferApprovals(EventInbox inbox, DigestItems items, Contacts contacts) {
        this.inbox = inbox;
        this.items = items;
        this.contacts = contacts;
    }

    @KafkaListener(topics = Topics.TRANSFER, groupId = CONSUMER)
    @Unscoped("an event consumer records digest items for the administrators of whichever organisation must approve;"
            + " no person is calling")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, this::follow);
    }

    private void follow(InboundEvent event) {
        if (event.is(TransferRequested.TYPE)) {
            TransferRequested e = event.as(TransferRequested.class);
            waiting(event.id(), e.transferId(), e.memberId(), e.firstStep());
        } else if (event.is(TransferStepApproved.TYPE)) {
            TransferStepApproved e = event.as(TransferStepApproved.class);
            items.close(ref(e.transferId()));
            waiting(event.id(), e.transferId(), e.memberId(), e.nextStep());
        } else if (event.is(TransferRejected.TYPE)) {
            items.close(ref(event.as(TransferRejected.class).transferId()));
        } else if (event.is(TransferExpired.TYPE)) {
            items.close(ref(event.as(TransferExpired.class).transferId()));
        } else if (event.is(TransferCancelled.TYPE)) {
            items.close(ref(event.as(TransferCancelled.class).transferId()));
        } else if (event.is(TransferCompleted.TYPE)) {
            items.close(ref(event.as(TransferCompleted.class).transferId()));
        }
    }

    private void waiting(String eventId, long transferId, long memberId, TransferStepRef step) {
        if (step == null) {
            return;
        }
        String name = contacts.member(memberId).map(Recipient::name).orElse("党员" + memberId);
        items.collectForOrganisation(eventId, DigestItemKind.TRANSFER_APPROVAL, step.orgId(), step.orgPath(),
                name + "：组织关系转接待审批", step.dueDate(), ref(transferId));
    }

    private static String ref(long transferId) {
        return "transfer:" + transferId;
    }
}
