package org.dangjian.transfer.intocity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.dangjian.kit.privacy.retention.RetentionAction;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.dangjian.kit.storage.ObjectStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scans of the letters members arriving from outside the city brought, once the period after the transfer closed
 * (completed, rejected, cancelled or expired) is past: 3 years unless {@code dj.retention.periods.OUTSIDE_LETTER_SCAN}
 * says otherwise. The letter carries the person's ID number; once the relationship has arrived and the receipt is
 * back, the transfer's own record (who, from where, to whom, when, the letter's number, date and issuer) is what
 * lasts, and 3 years cover disputes and the annual statistics. The scan goes, file and key; the transfer stays, its
 * view then has no scan address. An open transfer (pending or approved) is never touched.
 *
 * <p>A batch at a time, set-based: the batch's files go first, then the keys on the rows in one statement, only where
 * the row still holds the key that was erased (a scan attached meanwhile stays) and with the version raised, so an
 * upload racing the run fails as a concurrent change instead of losing its file. A run cut off between the two finds
 * the transfers again; deleting a file that is gone is harmless. A job without a caller: it reads every
 * organisation's transfers through {@link JdbcClient}, not the scoped mappers.
 */
@Component
class OutsideLetterScanRetention implements RetentionRule {
    static final String KIND = "OUTSIDE_LETTER_SCAN";
    private static final String DUE = " FROM transfer WHERE outside_letter_scan_key IS NOT NULL"
            + " AND status NOT IN ('PENDING', 'APPROVED') AND closed_at < :cutoff";

    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final Clock clock;

    OutsideLetterScanRetention(JdbcClient jdbc, ObjectStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "外地组织关系介绍信扫描件";
    }

    @Override
    public RetentionAction action() {
        return RetentionAction.ERASE;
    }

    @Override
    public Period defaultPeriod() {
        return Period.ofYears(3);
    }

    @Override
    public long countDue(LocalDateTime cutoff) {
        return jdbc.sql("SELECT COUNT(*)" + DUE).param("cutoff", utc(cutoff)).query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        List<Due> due = jdbc.sql("SELECT id, outside_letter_scan_key" + DUE + " ORDER BY id LIMIT " + limit)
                .param("cutoff", utc(cutoff))
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2))).list();
        if (due.isEmpty()) {
            return 0;
        }
        List<String> keys = due.stream().map(Due::scanKey).toList();
        store.deleteAll(keys);
        jdbc.sql("UPDATE transfer SET outside_letter_scan_key = NULL, outside_letter_scan_type = NULL,"
                        + " version = version + 1 WHERE id IN (:ids) AND outside_letter_scan_key IN (:keys)")
                .param("ids", due.stream().map(Due::id).toList()).param("keys", keys).update();
        return due.size();
    }

    /** closed_at holds an instant in UTC (as TransferStats reads it); the cutoff is the users' time (the clock's zone). */
    private LocalDateTime utc(LocalDateTime cutoff) {
        return LocalDateTime.ofInstant(cutoff.atZone(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    private record Due(long id, String scanKey) {
    }
}
