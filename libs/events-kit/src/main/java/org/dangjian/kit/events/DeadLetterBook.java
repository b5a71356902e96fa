package org.dangjian.kit.events;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's dead letters ({@code dj_dead_letter}): the error handler writes one when a consumer gives up on a
 * record; operators list them and send one again. A replayed record goes back to its topic with its key, payload
 * and headers, its event id unchanged, and the header {@link Envelope#REPLAY_FOR} naming the consumer group that
 * failed: other services that consume the topic skip it in their inbox (they handled it long ago, and their inbox
 * rows may have been pruned since), and in the failed service only the handlers that have not handled it run.
 */
public class DeadLetterBook {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterBook.class);
    private static final int MAX_ERROR = 1000;
    private static final String COLUMNS = "id, consumer_group, topic, partition_no, offset_no, event_id, event_type,"
            + " record_key, error, failed_at, replayed_at, replayed_by";
    private static final RowMapper<DeadLetter> ROW = DeadLetterBook::row;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventSender sender;
    private final Clock clock;

    DeadLetterBook(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EventSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Records a record {@code group} gave up on. Called by the error handler on the consumer's thread; a record
     * recovered twice (the handler's recovery ran again after a crash) stays one row.
     */
    void record(ConsumerRecord<?, ?> record, String group, Exception failure) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        jdbc.update("INSERT INTO dj_dead_letter (consumer_group, topic, partition_no, offset_no, event_id, event_type,"
                        + " record_key, headers, payload, error, failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE error = VALUES(error)",
                group, record.topic(), record.partition(), record.offset(), headers.get(Envelope.ID),
                headers.get(Envelope.TYPE), record.key() == null ? null : truncate(record.key().toString(), 200),
                EventJson.write(headers), record.value() == null ? null : record.value().toString(),
                truncate(describe(failure), MAX_ERROR), now());
    }

    /** Dead letters newest first; {@code open} only those nobody replayed yet. */
    public List<DeadLetter> list(boolean open, long offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dj_dead_letter" + (open ? " WHERE replayed_at IS NULL" : "")
                + " ORDER BY id DESC LIMIT ? OFFSET ?", ROW, limit, offset);
    }

    public long count(boolean open) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM dj_dead_letter"
                + (open ? " WHERE replayed_at IS NULL" : ""), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Sends the dead letter {@code id} again and records who did it from where. The row stays locked while
     * Kafka acknowledges, so two operators pressing at once send it once.
     *
     * @throws DeadLetterRefused when there is no such dead letter, it was replayed already, or Kafka did not take it
     */
    public DeadLetter replay(long id, Long replayedBy, String replayedFrom) {
        return tx.execute(status -> {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT consumer_group, topic, record_key, headers,"
                    + " payload, replayed_at FROM dj_dead_letter WHERE id = ? FOR UPDATE", id);
            if (rows.isEmpty()) {
                throw new DeadLetterRefused(DeadLetterRefused.Reason.DEAD_LETTER_NOT_FOUND, "no dead letter " + id, null);
            }
            Map<String, Object> row = rows.get(0);
            if (row.get("replayed_at") != null) {
                throw new DeadLetterRefused(DeadLetterRefused.Reason.DEAD_LETTER_ALREADY_REPLAYED,
                        "dead letter " + id + " was replayed already", null);
            }
            EventSender.BatchOutcome sent = sender.sendAll(List.of(replayRecord(row)));
            if (sent.acked() != 1) {
                throw new DeadLetterRefused(DeadLetterRefused.Reason.DEAD_LETTER_REPLAY_FAILED,
                        "Kafka did not take dead letter " + id, sent.failure());
            }
            jdbc.update("UPDATE dj_dead_letter SET replayed_at = ?, replayed_by = ?, replayed_from = ? WHERE id = ?",
                    now(), replayedBy, replayedFrom, id);
            log.info("dead letter {} ({} on {}) sent again for {} by account {} from {}", id, row.get("record_key"),
                    row.get("topic"), row.get("consumer_group"), replayedBy, replayedFrom);
            return jdbc.queryForObject("SELECT " + COLUMNS + " FROM dj_dead_letter WHERE id = ?", ROW, id);
        });
    }

    @SuppressWarnings("unchecked")
    private static ProducerRecord<String, String> replayRecord(Map<String, Object> row) {
        RecordHeaders headers = new RecordHeaders();
        Map<String, String> original = EventJson.read((String) row.get("headers"), Map.class, "dead letter");
        original.forEach((name, value) -> {
            if (!Envelope.REPLAY_FOR.equals(name)) {
                headers.add(name, value.getBytes(StandardCharsets.UTF_8));
            }
        });
        headers.add(Envelope.REPLAY_FOR, ((String) row.get("consumer_group")).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>((String) row.get("topic"), null, (String) row.get("record_key"),
                (String) row.get("payload"), headers);
    }

    // The handler's own exception, not the container's wrappers around it.
    private static String describe(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage() == null ? innermost.getClass().getName()
                : innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static DeadLetter row(ResultSet rs, int rowNum) throws SQLException {
        return new DeadLetter(rs.getLong("id"), rs.getString("consumer_group"), rs.getString("topic"),
                rs.getInt("partition_no"), rs.getLong("offset_no"), rs.getString("event_id"), rs.getString("event_type"),
                rs.getString("record_key"), rs.getString("error"), instant(rs.getTimestamp("failed_at")),
                instant(rs.getTimestamp("replayed_at")), rs.getObject("replayed_by", Long.class));
    }

    private static Instant instant(Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
