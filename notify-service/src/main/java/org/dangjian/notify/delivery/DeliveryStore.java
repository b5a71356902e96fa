package org.dangjian.notify.delivery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageMapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery worker's reads and writes of messages. Claiming takes due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work without waiting on each other. Every
 * statement on {@code message} passes the kit's scope ({@link ScopedSql}), which the worker opts out of.
 */
@Component
class DeliveryStore {
    /** Why the worker's statements run without a caller's scope. */
    static final String WORKER = "the delivery worker sends the due messages of every organisation;"
            + " no person is calling, and it only moves messages along their delivery states";
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final MessageMapper messages;
    private final TransactionTemplate tx;

    DeliveryStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, MessageMapper messages, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.messages = messages;
        this.tx = tx;
    }

    /**
     * Due messages: waiting ones whose time came, quiet-hours ones whose morning came, and ones a worker
     * claimed but never finished (it died). Urgent first.
     */
    @Unscoped(WORKER)
    List<Message> claim(Instant now, int limit, Duration claimFor) {
        List<Long> ids = tx.execute(status -> {
            List<Long> due = jdbc.sql(ScopedSql.of("SELECT id FROM message"
                            + " WHERE (status = 'WAITING' AND next_attempt_at <= :now)"
                            + " OR (status = 'HELD' AND held_reason IN ('QUIET_HOURS', 'PROVIDER_LIMIT') AND next_attempt_at <= :now)"
                            + " OR (status = 'SENDING' AND claimed_until < :now)"
                            + " ORDER BY urgent DESC, next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED"))
                    .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
            if (!due.isEmpty()) {
                jdbc.sql(ScopedSql.of("UPDATE message SET status = 'SENDING', held_reason = NULL, claimed_until = :until"
                                + " WHERE id IN (:ids)"))
                        .param("until", Timestamp.from(now.plus(claimFor))).param("ids", due).update();
            }
            return due;
        });
        return ids.isEmpty() ? List.of() : messages.selectList(new QueryWrapper<Message>().in("id", ids));
    }

    /**
     * Records a round's outcomes in one transaction, one batched statement per kind of outcome. Each
     * update is guarded by {@code status = 'SENDING'}, so it never overwrites what an administrator did
     * meanwhile.
     */
    @Unscoped(WORKER)
    void record(List<Outcome> outcomes) {
        tx.executeWithoutResult(status -> {
            batch("UPDATE message SET status = 'SENT', attempts = attempts + 1, provider = ?, provider_message_id = ?,"
                            + " sent_at = ?, last_error = NULL, claimed_until = NULL,"
                            + " vars_enc = CASE WHEN ? THEN NULL ELSE vars_enc END WHERE id = ? AND status = 'SENDING'",
                    outcomes, Outcome.Sent.class,
                    o -> new Object[] {o.provider(), o.providerId(), Timestamp.from(o.at()), o.urgent(), o.id()});
            applyEarlyReports(outcomes);
            batch("UPDATE message SET status = 'WAITING', attempts = attempts + ?, next_attempt_at = ?, last_error = ?,"
                            + " claimed_until = NULL WHERE id = ? AND status = 'SENDING'",
                    outcomes, Outcome.Retry.class,
                    o -> new Object[] {o.counted() ? 1 : 0, Timestamp.from(o.at()), truncate(o.error()), o.id()});
            batch("UPDATE message SET status = 'HELD', held_reason = ?, next_attempt_at = ?, attempts = attempts + ?,"
                            + " last_error = ?, claimed_until = NULL WHERE id = ? AND status = 'SENDING'",
                    outcomes, Outcome.Hold.class, o -> new Object[] {o.reason().name(), Timestamp.from(o.until()),
                            o.counted() ? 1 : 0, truncate(o.error()), o.id()});
            batch("UPDATE message SET status = 'FAILED', attempts = attempts + ?, last_error = ?, claimed_until = NULL,"
                            + " vars_enc = CASE WHEN ? THEN NULL ELSE vars_enc END WHERE id = ? AND status = 'SENDING'",
                    outcomes, Outcome.Failed.class,
                    o -> new Object[] {o.counted() ? 1 : 0, truncate(o.error()), o.urgent(), o.id()});
        });
    }

    /** Reports that overtook this round's record of the messages the provider accepted (see DeliveryReports). */
    private void applyEarlyReports(List<Outcome> outcomes) {
        List<Long> sent = outcomes.stream().filter(Outcome.Sent.class::isInstance).map(Outcome::id).toList();
        if (sent.isEmpty()) {
            return;
        }
        String match = " FROM message m JOIN early_report r ON r.provider = m.provider"
                + " AND r.provider_message_id = m.provider_message_id WHERE m.id IN (:ids)";
        int early = jdbc.sql(ScopedSql.of("UPDATE message m JOIN early_report r ON r.provider = m.provider"
                        + " AND r.provider_message_id = m.provider_message_id"
                        + " SET m.status = CASE WHEN r.delivered THEN 'DELIVERED' ELSE 'FAILED' END,"
                        + " m.delivered_at = CASE WHEN r.delivered THEN r.delivered_at END,"
                        + " m.last_error = CASE WHEN r.delivered THEN NULL ELSE r.error END"
                        + " WHERE m.id IN (:ids) AND m.status = 'SENT'"))
                .param("ids", sent).update();
        if (early > 0) {
            jdbc.sql(ScopedSql.of("DELETE r" + match)).param("ids", sent).update();
        }
    }

    private <T extends Outcome> void batch(String sql, List<Outcome> outcomes, Class<T> type,
                                           java.util.function.Function<T, Object[]> args) {
        List<Object[]> rows = outcomes.stream().filter(type::isInstance).map(type::cast).map(args).toList();
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate(ScopedSql.of(sql), rows);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
