package org.dangjian.points.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only ledger. Appending the same source for a member again adds nothing (unique key), which
 * is what makes a retried request or a redelivered event count once. Appends are one batch
 * ({@code JdbcTemplate.batchUpdate}); reads go through {@code JdbcClient}.
 */
@Repository
public class Ledger {
    private static final String TALLY = "SELECT member_id, kind, detail, SUM(quantity) FROM ledger_entry"
            + " WHERE year = :year";
    private final JdbcTemplate batch;
    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcTemplate batch, JdbcClient jdbc, Clock clock) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One multi-row insert; entries already there are left as they are. */
    public void append(List<LedgerEntry> entries) {
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate("INSERT INTO ledger_entry (member_id, year, kind, detail, quantity, source, occurred_on,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id",
                entries.stream().map(e -> new Object[] {e.memberId(), e.year(), e.kind().name(), e.detail(),
                        e.quantity(), e.source(), Date.valueOf(e.occurredOn()), now}).toList());
    }

    /** The year's tallies of some members, in one grouped query. */
    public Map<Long, Tally> tallies(Collection<Long> memberIds, int year) {
        Map<Long, Tally> tallies = new HashMap<>();
        if (!memberIds.isEmpty()) {
            jdbc.sql(TALLY + " AND member_id IN (:ids) GROUP BY member_id, kind, detail")
                    .param("year", year).param("ids", memberIds)
                    .query(rs -> {
                        tallies.computeIfAbsent(rs.getLong(1), id -> new Tally())
                                .add(EntryKind.valueOf(rs.getString(2)), rs.getString(3), rs.getBigDecimal(4));
                    });
        }
        return tallies;
    }

    /** Every member's tally for the year, streamed member by member (a recalculation of the whole city). */
    public void forEachTally(int year, BiConsumer<Long, Tally> consumer) {
        long[] current = {-1};
        Tally[] tally = {null};
        jdbc.sql(TALLY + " GROUP BY member_id, kind, detail ORDER BY member_id").param("year", year).query(rs -> {
            long member = rs.getLong(1);
            if (member != current[0]) {
                if (tally[0] != null) {
                    consumer.accept(current[0], tally[0]);
                }
                current[0] = member;
                tally[0] = new Tally();
            }
            tally[0].add(EntryKind.valueOf(rs.getString(2)), rs.getString(3), rs.getBigDecimal(4));
        });
        if (tally[0] != null) {
            consumer.accept(current[0], tally[0]);
        }
    }

    /** A member's entries for the year, newest first. */
    public List<LedgerEntry> entries(long memberId, int year) {
        return jdbc.sql("SELECT member_id, kind, detail, quantity, source, occurred_on FROM ledger_entry"
                        + " WHERE member_id = ? AND year = ? ORDER BY occurred_on DESC, id DESC")
                .params(memberId, year)
                .query((rs, i) -> new LedgerEntry(rs.getLong(1), EntryKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
    }
}
