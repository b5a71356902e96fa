package org.dangjian.kit.events;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes sent outbox rows and old inbox rows so the tables stay small. Deletes in chunks, each its
 * own short READ COMMITTED transaction: no long transaction, and no gap locks that the services'
 * inserts of new outbox rows would wait on.
 */
class EventTablesPruner {
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Duration outboxRetention;
    private final Duration inboxRetention;
    private final Clock clock;

    EventTablesPruner(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Duration outboxRetention,
                      Duration inboxRetention, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
        this.clock = clock;
    }

    /** Returns how many rows were deleted from both tables. */
    int prune() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return deleteAll("DELETE FROM dj_outbox WHERE sent_at < ? LIMIT " + CHUNK, now.minus(outboxRetention))
                + deleteAll("DELETE FROM dj_inbox WHERE received_at < ? LIMIT " + CHUNK, now.minus(inboxRetention));
    }

    private int deleteAll(String sql, LocalDateTime before) {
        int total = 0;
        int deleted;
        do {
            deleted = tx.execute(status -> jdbc.update(sql, before));
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
