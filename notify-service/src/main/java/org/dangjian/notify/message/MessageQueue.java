package org.dangjian.notify.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.notify.template.Template;
import org.dangjian.notify.template.Templates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the messages an event asks for, in the consumer's transaction. The unique key
 * (event, recipient, channel) makes a redelivered event add nothing; the send policy decides whether
 * each goes now or is held; an urgent message wakes the delivery worker as soon as it is committed.
 */
@Service
public class MessageQueue {
    private final JdbcClient jdbc;
    private final Templates templates;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final SendPolicy policy;
    private final JsonMapper json;
    private final DeliverySignal signal;
    private final Clock clock;

    MessageQueue(JdbcClient jdbc, Templates templates, FieldCipher cipher, BlindIndex blindIndex, SendPolicy policy,
                 JsonMapper json, DeliverySignal signal, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.policy = policy;
        this.json = json;
        this.signal = signal;
        this.clock = clock;
    }

    /** Returns whether the message is new (false: this event already gave this recipient one). */
    public boolean enqueue(String eventId, Outgoing out) {
        Instant now = clock.instant();
        String phone = cipher.decrypt(out.recipient().phoneEnc());
        String phoneIdx = blindIndex.of(phone);
        int today = out.kind().urgent() ? 0 : sentToday(phoneIdx, now);
        SendPolicy.Decision decision = policy.decide(out.kind().urgent(), now, today);
        Template template = templates.of(out.kind());
        int inserted = jdbc.sql("INSERT INTO message (event_id, kind, channel, urgent, recipient_key, recipient_masked,"
                        + " phone_enc, phone_idx, org_path, text, vars_enc, status, held_reason, attempts, next_attempt_at,"
                        + " expires_at, created_at) VALUES (?, ?, 'SMS', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE id = id")
                .params(eventId, out.kind().name(), out.kind().urgent(), out.recipient().key(),
                        out.recipient().phoneMasked(), out.recipient().phoneEnc(), phoneIdx, out.recipient().orgPath(),
                        template.renderMasked(out.values()), cipher.encrypt(json.writeValueAsString(out.values())),
                        decision.status().name(), decision.heldReason() == null ? null : decision.heldReason().name(),
                        ts(decision.notBefore()), ts(out.expiresAt()), ts(now))
                .update();
        if (inserted == 1 && decision.status() == MessageStatus.WAITING) {
            wakeAfterCommit();
        }
        return inserted == 1;
    }

    /** Non-urgent SMS this phone got or will get since the day began; failed and held-back ones do not count. */
    private int sentToday(String phoneIdx, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE phone_idx = ? AND created_at >= ? AND urgent = FALSE"
                        + " AND channel = 'SMS' AND status <> 'FAILED' AND NOT (status = 'HELD' AND held_reason = 'DAILY_LIMIT')")
                .params(phoneIdx, ts(policy.startOfDay(now))).query(Integer.class).single();
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
