package org.dangjian.notify.inbound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.contracts.transfer.TransferExpired;
import org.dangjian.contracts.transfer.TransferRejected;
import org.dangjian.contracts.transfer.TransferRequested;
import org.dangjian.contracts.transfer.TransferStepApproved;
import org.dangjian.contracts.transfer.TransferStepRef;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.events.InboundEvent;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Transfer notices. Who hears what: on registration the member and the first approving level; on each
 * approval the next level, or after the last the member (go and report: with the letter out of the city,
 * straight to the receiving branch without one within it, where transfers are paperless) and the
 * receiving branch; on
 * rejection and expiry the member and the registering branch; on completion the member and both
 * branches. Everything needed travels in the event; names come from the local tree and directory.
 */
@Component
class TransferMessages {
    private static final String CONSUMER = "notify-service.transfers";
    private static final String IN_CITY = "IN_CITY";
    private final EventInbox inbox;
    private final MessageQueue queue;
    private final Contacts contacts;
    private final OrgDirectory orgs;

    TransferMessages(EventInbox inbox, MessageQueue queue, Contacts contacts, OrgDirectory orgs) {
        this.inbox = inbox;
        this.queue = queue;
        this.contacts = contacts;
        this.orgs = orgs;
    }

    @KafkaListener(topics = Topics.TRANSFER, groupId = CONSUMER, concurrency = "${dj.notify.listener-concurrency:3}")
    @Unscoped(ConsumerScope.MESSAGES)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            List<Outgoing> messages = messagesFor(event);
            messages.forEach(m -> queue.enqueue(event.id(), m));
        });
    }

    private List<Outgoing> messagesFor(InboundEvent event) {
        List<Outgoing> out = new ArrayList<>();
        if (event.is(TransferRequested.TYPE)) {
            TransferRequested e = event.as(TransferRequested.class);
            Notice n = notice(e.memberId(), e.fromOrgId(), e.fromOrgPath(), e.toOrgId(), e.externalOrg());
            toMember(out, n, MessageKind.TRANSFER_REGISTERED);
            toApprovers(out, n, e.firstStep());
        } else if (event.is(TransferStepApproved.TYPE)) {
            TransferStepApproved e = event.as(TransferStepApproved.class);
            Notice n = notice(e.memberId(), e.fromOrgId(), e.fromOrgPath(), e.toOrgId(), e.externalOrg());
            if (e.nextStep() != null) {
                toApprovers(out, n, e.nextStep());
            } else {
                if (IN_CITY.equals(e.kind())) {
                    n.values().put("reportBy", reportBy(e));
                    toMember(out, n, MessageKind.TRANSFER_APPROVED_IN_CITY);
                } else {
                    toMember(out, n, MessageKind.TRANSFER_APPROVED);
                }
                // out of the city the receipt comes back to the sending branch, which confirms it
                toAdministrators(out, n, e.toOrgId() != null ? e.toOrgId() : e.fromOrgId(),
                        MessageKind.TRANSFER_AWAITING_ARRIVAL);
            }
        } else if (event.is(TransferRejected.TYPE)) {
            TransferRejected e = event.as(TransferRejected.class);
            Notice n = notice(e.memberId(), e.fromOrgId(), e.fromOrgPath(), e.toOrgId(), e.externalOrg());
            n.values().put("reason", e.comment() == null ? "" : e.comment());
            toMember(out, n, MessageKind.TRANSFER_REJECTED);
            toAdministrators(out, n, registeringSide(e.fromOrgId(), e.toOrgId()), MessageKind.TRANSFER_REJECTED);
        } else if (event.is(TransferCompleted.TYPE)) {
            TransferCompleted e = event.as(TransferCompleted.class);
            Notice n = notice(e.memberId(), e.fromOrgId(), e.fromOrgPath(), e.toOrgId(), e.externalOrg());
            toMember(out, n, MessageKind.TRANSFER_COMPLETED);
            toAdministrators(out, n, e.fromOrgId(), MessageKind.TRANSFER_COMPLETED);
            toAdministrators(out, n, e.toOrgId(), MessageKind.TRANSFER_COMPLETED);
        } else if (event.is(TransferExpired.TYPE)) {
            TransferExpired e = event.as(TransferExpired.class);
            Notice n = notice(e.memberId(), e.fromOrgId(), e.fromOrgPath(), e.toOrgId(), e.externalOrg());
            MessageKind kind = IN_CITY.equals(e.kind()) ? MessageKind.TRANSFER_EXPIRED_IN_CITY : MessageKind.TRANSFER_EXPIRED;
            toMember(out, n, kind);
            toAdministrators(out, n, registeringSide(e.fromOrgId(), e.toOrgId()), kind);
        }
        return out;
    }

    /** The member and the values every transfer notice names. */
    private record Notice(Recipient member, Map<String, String> values) {
    }

    /**
     * The member's notices of a transfer belong to the branch the member leaves (where the transfer was registered),
     * not to wherever the member's record stands when the event is read: member-service's move may arrive before or
     * after the transfer's completion, and the branch's log must not depend on which came first. A transfer into
     * the city has no branch left: its notices stay with the member's record.
     */
    private Notice notice(long memberId, Long fromOrgId, String fromOrgPath, Long toOrgId, String externalOrg) {
        Recipient member = contacts.member(memberId)
                .map(m -> fromOrgPath == null ? m : m.atOrg(fromOrgPath)).orElse(null);
        Map<String, String> values = new HashMap<>();
        values.put("name", member == null ? "" : member.name());
        values.put("from", orgName(fromOrgId, externalOrg));
        values.put("to", orgName(toOrgId, externalOrg));
        return new Notice(member, values);
    }

    /** A member without a phone is still asked for: they may have bound WeChat (the queue decides). */
    private void toMember(List<Outgoing> out, Notice n, MessageKind kind) {
        if (n.member() != null) {
            out.add(new Outgoing(kind, n.member(), n.values()));
        }
    }

    private void toApprovers(List<Outgoing> out, Notice n, TransferStepRef step) {
        if (step == null) {
            return;
        }
        Map<String, String> values = new HashMap<>(n.values());
        values.put("approver", step.orgName());
        values.put("dueDate", step.dueDate() == null ? "" : step.dueDate().toString());
        contacts.administratorsOf(step.orgId()).forEach(a -> out.add(
                new Outgoing(MessageKind.TRANSFER_AWAITING_APPROVAL, a, values)));
    }

    private void toAdministrators(List<Outgoing> out, Notice n, Long orgId, MessageKind kind) {
        if (orgId != null) {
            contacts.administratorsOf(orgId).forEach(a -> out.add(new Outgoing(kind, a, n.values())));
        }
    }

    private static String reportBy(TransferStepApproved e) {
        return e.reportBy() == null ? "" : e.reportBy().toString();
    }

    /** Arrivals from outside are registered by the receiving branch; all other transfers by the sending one. */
    private static Long registeringSide(Long fromOrgId, Long toOrgId) {
        return fromOrgId != null ? fromOrgId : toOrgId;
    }

    private String orgName(Long orgId, String externalOrg) {
        if (orgId == null) {
            return externalOrg == null ? "" : externalOrg;
        }
        return orgs.find(orgId).map(OrgRef::name).orElse("");
    }
}
