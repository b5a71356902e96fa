package org.dangjian.member.record.history;

import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code member_change} table: one row per changed field, written in the transaction of the change.
 * Append-only. Callers check scope on the member before reading its history.
 */
@Component
public class MemberHistory {
    private static final String INSERT = "INSERT INTO member_change"
            + " (member_id, at, actor_id, actor_username, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** Only for the batch of one change's fields (JdbcClient has no batch). */
    private final JdbcTemplate batches;
    private final JdbcClient jdbc;

    public MemberHistory(JdbcTemplate batches, JdbcClient jdbc) {
        this.batches = batches;
        this.jdbc = jdbc;
    }

    public void record(long memberId, ChangeActor actor, List<FieldChange> changes, LocalDateTime at) {
        batches.batchUpdate(INSERT, changes, changes.size(), (ps, c) -> {
            ps.setLong(1, memberId);
            ps.setObject(2, at);
            ps.setObject(3, actor.accountId());
            ps.setString(4, actor.username());
            ps.setString(5, c.field());
            ps.setString(6, c.oldValue());
            ps.setString(7, c.newValue());
        });
    }

    /** Newest first. */
    public PageResult<HistoryEntry> page(long memberId, PageQuery page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM member_change WHERE member_id = ?").param(memberId)
                .query(Long.class).single();
        List<HistoryEntry> items = jdbc.sql("SELECT id, at, actor_id, actor_username, field, old_value, new_value"
                        + " FROM member_change WHERE member_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(memberId, page.size(), page.offset())
                .query((rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getObject("at", LocalDateTime.class),
                        rs.getObject("actor_id", Long.class), rs.getString("actor_username"), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value")))
                .list();
        return PageResult.of(items, total, page);
    }
}
