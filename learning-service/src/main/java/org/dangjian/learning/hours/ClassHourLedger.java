package org.dangjian.learning.hours;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.dangjian.kit.events.EventOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes class hours into the ledger and announces each ({@code learning.hours-earned}, which points-service counts)
 * in the same transaction as the change that earned them. The caller earns each source once (a lesson completes
 * once); the ledger's key on member and source keeps a repeat out all the same.
 */
@Component
public class ClassHourLedger {
    private static final Logger LOG = LoggerFactory.getLogger(ClassHourLedger.class);
    private final JdbcTemplate jdbc;
    private final EventOutbox outbox;
    private final Leaderboard leaderboard;

    ClassHourLedger(JdbcTemplate jdbc, EventOutbox outbox, Leaderboard leaderboard) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.leaderboard = leaderboard;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Collection<Earned> earned) {
        if (earned.isEmpty()) {
            return;
        }
        int[][] inserted = jdbc.batchUpdate("INSERT IGNORE INTO class_hour_entry (member_id, year, hours, source, activity, earned_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", earned, earned.size(), (ps, e) -> {
                    ps.setLong(1, e.memberId());
                    ps.setInt(2, e.earnedOn().getYear());
                    ps.setBigDecimal(3, e.hours());
                    ps.setString(4, e.source());
                    ps.setString(5, e.activity());
                    ps.setObject(6, e.earnedOn());
                });
        // the boards (Redis) count only what the ledger took, once the transaction has committed
        // (one batch of them all: a count of 0 is a repeat the key kept out; a driver's "no info" counts)
        List<Earned> entered = new ArrayList<>();
        int i = 0;
        for (Earned e : earned) {
            if (inserted[0][i++] != 0) {
                entered.add(e);
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    leaderboard.add(entered);
                } catch (RuntimeException e) {
                    // the hours are in the ledger; a board missing them is mended when the boards are rebuilt
                    LOG.warn("class hours not added to the leaderboards: {}", e.toString());
                }
            }
        });
        outbox.addAll(earned.stream()
                .map(e -> new LearningHoursEarned(e.memberId(), e.hours(), e.activity(), e.earnedOn())).toList());
    }
}
