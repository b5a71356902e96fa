package org.dangjian.kit.privacy.reencryption;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dangjian.kit.crypto.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every encrypted value of the service's {@link EncryptedTable}s to the active key and algorithm (after a
 * key rotation, or from AES to SM4), in the background, a batch at a time. Each batch is one transaction that
 * first locks the table's progress row ({@code dj_reencryption}) and advances it: a run cut off (restart, crash)
 * goes on from its last batch, replicas that run at once share the batches instead of repeating them, and a value
 * a user changed meanwhile is left as the user wrote it (the update matches the old value). A run left unfinished
 * resumes by itself when the service starts.
 */
public class Reencryption {
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private final List<EncryptedTable> tables;
    private final FieldCipher cipher;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dj-reencryption");
        t.setDaemon(true);
        return t;
    });

    public Reencryption(List<EncryptedTable> tables, FieldCipher cipher, JdbcClient jdbc, JdbcTemplate batches,
                        TransactionTemplate tx, Clock clock) {
        this.tables = List.copyOf(tables);
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.batches = batches;
        this.tx = tx;
        this.clock = clock;
    }

    /** Starts a run in the background; false when one runs here already. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        runner.submit(() -> {
            try {
                tables.forEach(this::run);
            } catch (RuntimeException e) {
                log.error("re-encryption to {} stopped; start it again once the cause is fixed (it goes on from its "
                        + "last batch)", cipher.activeReference(), e);
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    public boolean running() {
        return running.get();
    }

    /** A run for the active key that did not finish goes on by itself. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished() {
        boolean unfinished = jdbc.sql("SELECT COUNT(*) FROM dj_reencryption WHERE target = ? AND finished_at IS NULL")
                .param(cipher.activeReference()).query(Long.class).single() > 0;
        if (unfinished && start()) {
            log.info("re-encryption to {}: resuming the unfinished run", cipher.activeReference());
        }
    }

    /**
     * Read in this order, so that a status that says "not running, finished" has counts taken after the run: the
     * flag, then each table's progress row, then its counts.
     */
    public EncryptionStatus status() {
        boolean runningNow = running();
        List<TableProgress> progress = new ArrayList<>();
        for (EncryptedTable t : tables) {
            Run run = jdbc.sql("SELECT target, moved, started_at, finished_at FROM dj_reencryption WHERE table_name = ?")
                    .param(t.table()).query((rs, i) -> new Run(rs.getString(1), rs.getLong(2),
                            rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class)))
                    .optional().orElse(new Run(null, 0, null, null));
            long rows = jdbc.sql("SELECT COUNT(*) FROM " + t.table()).query(Long.class).single();
            long remaining = jdbc.sql("SELECT COUNT(*) FROM " + t.table() + " WHERE " + notCurrent(t))
                    .params(notCurrentArgs(t)).query(Long.class).single();
            progress.add(new TableProgress(t.table(), rows, remaining, run.moved(), run.target(), run.startedAt(),
                    run.finishedAt()));
        }
        return new EncryptionStatus(cipher.activeReference(), runningNow, progress);
    }

    private void run(EncryptedTable t) {
        String target = cipher.activeReference();
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT IGNORE INTO dj_reencryption (table_name, target, last_key, moved, started_at, updated_at)"
                    + " VALUES (?, ?, ?, 0, ?, ?)").params(t.table(), target, t.firstKey(), now, now).update();
            // a finished run, or one for another target, starts the table again; an unfinished one goes on
            jdbc.sql("UPDATE dj_reencryption SET target = ?, last_key = ?, moved = 0, started_at = ?, updated_at = ?,"
                    + " finished_at = NULL WHERE table_name = ? AND (target <> ? OR finished_at IS NOT NULL)")
                    .params(target, t.firstKey(), now, now, t.table(), target).update();
        });
        Boolean more;
        do {
            more = tx.execute(s -> batch(t, target));
        } while (Boolean.TRUE.equals(more));
        log.info("re-encryption to {}: table {} done", target, t.table());
    }

    /** One batch under the progress row's lock; whether there may be more. */
    private boolean batch(EncryptedTable t, String target) {
        Map<String, Object> progress = jdbc.sql("SELECT target, last_key, finished_at FROM dj_reencryption"
                + " WHERE table_name = ? FOR UPDATE").param(t.table()).query().singleRow();
        if (!target.equals(progress.get("target")) || progress.get("finished_at") != null) {
            return false; // another replica finished it, or a newer run took over
        }
        Object lastKey = t.key((String) progress.get("last_key"));
        List<Object[]> rows = jdbc.sql("SELECT " + t.idColumn() + ", " + String.join(", ", t.columns()) + " FROM "
                        + t.table() + " WHERE " + t.idColumn() + " > ? ORDER BY " + t.idColumn() + " LIMIT " + BATCH)
                .param(lastKey).query((rs, i) -> {
                    Object[] r = new Object[t.columns().size() + 1];
                    r[0] = rs.getObject(1);
                    for (int c = 0; c < t.columns().size(); c++) {
                        r[c + 1] = rs.getString(c + 2);
                    }
                    return r;
                }).list();
        List<Object[]> updates = new ArrayList<>();
        for (Object[] r : rows) {
            boolean stale = false;
            Object[] update = new Object[t.columns().size() * 2 + 1];
            for (int c = 0; c < t.columns().size(); c++) {
                String old = (String) r[c + 1];
                stale |= !cipher.isCurrent(old);
                update[c] = cipher.reencrypt(old);
                update[t.columns().size() + 1 + c] = old;
            }
            update[t.columns().size()] = r[0];
            if (stale) {
                updates.add(update);
            }
        }
        if (!updates.isEmpty()) {
            batches.batchUpdate("UPDATE " + t.table() + " SET " + String.join(" = ?, ", t.columns()) + " = ? WHERE "
                    + t.idColumn() + " = ? AND " + String.join(" <=> ? AND ", t.columns()) + " <=> ?", updates);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        boolean done = rows.size() < BATCH;
        jdbc.sql("UPDATE dj_reencryption SET last_key = ?, moved = moved + ?, updated_at = ?, finished_at = ?"
                        + " WHERE table_name = ?")
                .params(rows.isEmpty() ? lastKey.toString() : rows.get(rows.size() - 1)[0].toString(), updates.size(), now,
                        done ? now : null, t.table())
                .update();
        return !done;
    }

    private static String notCurrent(EncryptedTable t) {
        List<String> each = new ArrayList<>();
        for (String c : t.columns()) {
            each.add("(" + c + " IS NOT NULL AND LEFT(" + c + ", ?) <> ?)");
        }
        return String.join(" OR ", each);
    }

    private List<Object> notCurrentArgs(EncryptedTable t) {
        String prefix = cipher.activeReference() + ":";
        List<Object> args = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            args.add(prefix.length());
            args.add(prefix);
        }
        return args;
    }

    /** A table's last run as {@code dj_reencryption} keeps it. */
    private record Run(String target, long moved, LocalDateTime startedAt, LocalDateTime finishedAt) {
    }
}
