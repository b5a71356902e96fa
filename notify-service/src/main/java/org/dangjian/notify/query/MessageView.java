package org.dangjian.notify.query;

import java.time.Instant;
import org.dangjian.notify.message.Channel;
import org.dangjian.notify.message.HeldReason;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageStatus;
import org.dangjian.notify.template.MessageKind;

/** A message as administrators see it: masked recipient, the text with codes masked, where it stands. */
public record MessageView(long id, MessageKind kind, Channel channel, String recipient, String text,
                          MessageStatus status, HeldReason heldReason, int attempts, String lastError,
                          Instant createdAt, Instant nextAttemptAt, Instant sentAt, Instant deliveredAt,
                          String provider, String eventId) {
    static MessageView of(Message m) {
        return new MessageView(m.getId(), m.getKind(), m.getChannel(), m.getRecipientMasked(), m.getText(),
                m.getStatus().shown(), m.getHeldReason(), m.getAttempts(), m.getLastError(), m.getCreatedAt(),
                m.getNextAttemptAt(), m.getSentAt(), m.getDeliveredAt(), m.getProvider(), m.getEventId());
    }
}
