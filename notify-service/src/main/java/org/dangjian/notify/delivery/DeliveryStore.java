package org.dangjian.notify.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageMapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery worker's reads and writes of messages. Claiming takes due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work without waiting on each other; every
 * outcome is one update guarded by {@code status = 'SENDING'}, so it never overwrites what an
 * administrator did meanwhile.
 */
@Component
class DeliveryStore {
    private final JdbcClient jdbc;
    private final MessageMapper messages;
    private final TransactionTemplate tx;

    DeliveryStore(JdbcClient jdbc, MessageMapper messages, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.tx = tx;
    }

    /**
     * Due messages: waiting ones whose time came, quiet-hours ones whose morning came, and ones a worker
     * claimed but never finished (it died). Urgent first.
     */
    List<Message> claim(Instant now, int limit, Duration claimFor) {
        List<Long> ids = tx.execute(status -> {
            List<Long> due = jdbc.sql("SELECT id FROM message WHERE (status = 'WAITING' AND next_attempt_at <= :now)"
                            + " OR (status = 'HELD' AND held_reason = 'QUIET_HOURS' AND next_attempt_at <= :now)"
                            + " OR (status = 'SENDING' AND claimed_until < :now)"
                            + " ORDER BY urgent DESC, next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
            if (!due.isEmpty()) {
                jdbc.sql("UPDATE message SET status = 'SENDING', held_reason = NULL, claimed_until = :until WHERE id IN (:ids)")
                        .param("until", Timestamp.from(now.plus(claimFor))).param("ids", due).update();
            }
            return due;
        });
        return ids.isEmpty() ? List.of() : messages.selectList(new QueryWrapper<Message>().in("id", ids));
    }

    void sent(Message m, String provider, String providerId, Instant at) {
        jdbc.sql("UPDATE message SET status = 'SENT', attempts = attempts + 1, provider = ?, provider_message_id = ?,"
                        + " sent_at = ?, last_error = NULL, claimed_until = NULL"
                        + (m.isUrgent() ? ", vars_enc = NULL" : "") + " WHERE id = ? AND status = 'SENDING'")
                .params(provider, providerId, Timestamp.from(at), m.getId()).update();
    }

    /** Another attempt later; {@code counted} is false when the attempt never reached the provider. */
    void retryAt(Message m, Instant at, String error, boolean counted) {
        jdbc.sql("UPDATE message SET status = 'WAITING', attempts = attempts + ?, next_attempt_at = ?, last_error = ?,"
                        + " claimed_until = NULL WHERE id = ? AND status = 'SENDING'")
                .params(counted ? 1 : 0, Timestamp.from(at), truncate(error), m.getId()).update();
    }

    void holdUntil(Message m, Instant at) {
        jdbc.sql("UPDATE message SET status = 'HELD', held_reason = 'QUIET_HOURS', next_attempt_at = ?,"
                        + " claimed_until = NULL WHERE id = ? AND status = 'SENDING'")
                .params(Timestamp.from(at), m.getId()).update();
    }

    /** Final failure; a one-time code's values are wiped, the rest stay so an administrator can resend. */
    void failed(Message m, String error, boolean counted) {
        jdbc.sql("UPDATE message SET status = 'FAILED', attempts = attempts + ?, last_error = ?, claimed_until = NULL"
                        + (m.isUrgent() ? ", vars_enc = NULL" : "") + " WHERE id = ? AND status = 'SENDING'")
                .params(counted ? 1 : 0, truncate(error), m.getId()).update();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
