package org.dangjian.points.totals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.points.ledger.Ledger;
import org.dangjian.points.ledger.Tally;
import org.dangjian.points.ranking.Rankings;
import org.dangjian.points.rules.PointsCalculator;
import org.dangjian.points.rules.RuleSets;
import org.dangjian.points.rules.YearRecalculation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps member_total (and the rankings that mirror it) right: for a few members after their ledger
 * changed, or for the whole city after the rules changed. Members no longer active keep their total
 * but leave the rankings. Writes are batched ({@code JdbcTemplate.batchUpdate}); the whole-city read goes
 * through {@code JdbcClient}.
 */
@Service
public class Totals implements YearRecalculation {
    private static final Logger log = LoggerFactory.getLogger(Totals.class);
    private static final int CHUNK = 2_000;
    private static final Tally EMPTY = new Tally();
    private final JdbcTemplate batch;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final RuleSets rules;
    private final MemberRoster roster;
    private final Rankings rankings;
    private final DuesArrears arrears;
    private final Clock clock;

    Totals(JdbcTemplate batch, JdbcClient jdbc, Ledger ledger, RuleSets rules, MemberRoster roster,
           Rankings rankings, DuesArrears arrears, Clock clock) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.rules = rules;
        this.roster = roster;
        this.rankings = rankings;
        this.arrears = arrears;
        this.clock = clock;
    }

    /** Recomputes these members' totals for the year, in the caller's transaction; rankings follow on commit. */
    public void refresh(Collection<Long> memberIds, int year) {
        refresh(memberIds, year, List.of());
    }

    /**
     * A member moved: their total is recomputed and, on commit, they leave the sets of the old path before
     * joining those of the new one (the sets both paths share keep them).
     */
    public void refreshAfterMove(MemberRef before, int year) {
        refresh(List.of(before.memberId()), year, List.of(new Rankings.Score(before.memberId(), before.orgPath(), 0)));
    }

    private void refresh(Collection<Long> memberIds, int year, List<Rankings.Score> leaving) {
        if (memberIds.isEmpty()) {
            return;
        }
        RuleSets.Version version = rules.current();
        Map<Long, MemberRef> members = roster.findAll(memberIds);
        Map<Long, Tally> tallies = ledger.tallies(memberIds, year);
        Map<Long, Integer> unpaid = arrears.unpaidMonths(memberIds, year);
        List<Rankings.Score> ranked = new ArrayList<>();
        List<Rankings.Score> unranked = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (MemberRef m : members.values()) {
            BigDecimal total = PointsCalculator.total(version.rules(), tallies.getOrDefault(m.memberId(), EMPTY),
                    unpaid.getOrDefault(m.memberId(), 0));
            rows.add(row(m.memberId(), year, total, version.version()));
            (m.active() ? ranked : unranked).add(new Rankings.Score(m.memberId(), m.orgPath(), total.doubleValue()));
        }
        write(rows);
        afterCommit(() -> {
            rankings.remove(year, leaving);
            rankings.remove(year, unranked);
            rankings.put(year, ranked);
        });
    }

    /**
     * Every active member's total for the year under the rules now in force; returns how many. The whole
     * roster of the city, not a caller's subtree: a total must come out the same whoever's action caused it.
     */
    @Override
    public int recalculate(int year) {
        long start = System.nanoTime();
        RuleSets.Version version = rules.current();
        Map<Long, Tally> tallies = new HashMap<>();
        ledger.forEachTally(year, tallies::put);
        long tallied = System.nanoTime();
        Map<Long, Integer> unpaid = arrears.unpaidMonthsOfAll(year);
        List<Object[]> rows = new ArrayList<>(CHUNK);
        List<Rankings.Score> ranked = new ArrayList<>(CHUNK);
        Map<Long, Double> sums = new HashMap<>();
        int[] count = {0};
        jdbc.sql("SELECT member_id, org_path FROM member_ref WHERE status IN ('PROBATIONARY', 'FULL', 'MOBILE')")
                .query(rs -> {
                    long member = rs.getLong(1);
                    BigDecimal total = PointsCalculator.total(version.rules(), tallies.getOrDefault(member, EMPTY),
                            unpaid.getOrDefault(member, 0));
                    rows.add(row(member, year, total, version.version()));
                    ranked.add(new Rankings.Score(member, rs.getString(2), total.doubleValue()));
                    OrgRef.idsOnPath(rs.getString(2)).forEach(org -> sums.merge(org, total.doubleValue(), Double::sum));
                    count[0]++;
                    if (rows.size() == CHUNK) {
                        flush(year, rows, ranked);
                    }
                });
        flush(year, rows, ranked);
        rankings.replaceSums(year, sums);
        log.info("recalculated {} members' {} totals under rules v{} in {} ms (reading the ledger {} ms)", count[0],
                year, version.version(), (System.nanoTime() - start) / 1_000_000, (tallied - start) / 1_000_000);
        return count[0];
    }

    private void flush(int year, List<Object[]> rows, List<Rankings.Score> ranked) {
        write(rows);
        rankings.rewrite(year, ranked);
        rows.clear();
        ranked.clear();
    }

    private Object[] row(long member, int year, BigDecimal total, int ruleVersion) {
        return new Object[] {member, year, total, ruleVersion, Timestamp.from(clock.instant())};
    }

    private void write(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO member_total (member_id, year, total, rule_version, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE total = VALUES(total),"
                    + " rule_version = VALUES(rule_version), updated_at = VALUES(updated_at)", rows);
        }
    }

    /** Redis after the database: a rolled-back change never shows in a ranking. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
