package org.dangjian.learning.hours;

import java.util.Collection;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.dangjian.kit.events.EventOutbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes class hours into the ledger and announces each ({@code learning.hours-earned}, which points-service counts)
 * in the same transaction as the change that earned them. The caller earns each source once (a lesson completes
 * once); the ledger's key on member and source keeps a repeat out all the same.
 */
@Component
public class ClassHourLedger {
    private final JdbcTemplate jdbc;
    private final EventOutbox outbox;

    ClassHourLedger(JdbcTemplate jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Collection<Earned> earned) {
        if (earned.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT IGNORE INTO class_hour_entry (member_id, year, hours, source, activity, earned_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", earned, earned.size(), (ps, e) -> {
                    ps.setLong(1, e.memberId());
                    ps.setInt(2, e.earnedOn().getYear());
                    ps.setBigDecimal(3, e.hours());
                    ps.setString(4, e.source());
                    ps.setString(5, e.activity());
                    ps.setObject(6, e.earnedOn());
                });
        outbox.addAll(earned.stream()
                .map(e -> new LearningHoursEarned(e.memberId(), e.hours(), e.activity(), e.earnedOn())).toList());
    }
}
