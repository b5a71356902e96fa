package org.dangjian.points.warning;

import io.swagger.v3.oas.annotations.media.Schema;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.points.PointsWarningRaised;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.points.compliance.OrgLifeRules;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.rules.RuleDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily watch over every active member: opens a warning (and announces it) for a gap that reached
 * its threshold, escalates to FLAG at six months (dues by {@code dj.points.warnings}; organisational life by the
 * rule set {@code organisational-life} in force that day, 3 and 6 months nationally, where an excused absence
 * counts as taking part and an unexcused one does not), keeps the months up to date, and clears warnings
 * whose cause went. A handful of grouped statements for the whole city; nothing acts on the member.
 * Reads through {@code JdbcClient} (scoped by the kit, which the watch opts out of), writes in batches.
 */
@Service
@EnableConfigurationProperties(WarningProperties.class)
public class WarningWatch {
    private static final int CHUNK = 1_000;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final WarningMapper warnings;
    private final EventOutbox outbox;
    private final DuesGaps duesGaps;
    private final WarningProperties settings;
    private final RuleBook rules;
    private final RuleDefinition<OrgLifeRules> orgLifeRules;

    WarningWatch(JdbcClient jdbc, JdbcTemplate batch, WarningMapper warnings, EventOutbox outbox, DuesGaps duesGaps,
                 WarningProperties settings, RuleBook rules, RuleDefinition<OrgLifeRules> orgLifeRules) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.warnings = warnings;
        this.outbox = outbox;
        this.duesGaps = duesGaps;
        this.settings = settings;
        this.rules = rules;
        this.orgLifeRules = orgLifeRules;
    }

    private record Watched(long memberId, long orgId, String orgPath, String name, LocalDate lastLife) {
    }

    /** What a run changed. */
    @Schema(name = "WarningRunResult", description = "一次预警检查的结果。What a run of the watch changed.")
    public record Result(LocalDate date, int raised, int cleared, int open) {
    }

    @Transactional
    @Unscoped("the watch looks at every active member of the city and every open warning: run by the nightly job,"
            + " or on demand by the city administrator, whose scope is the whole city anyway")
    public Result run(LocalDate today) {
        Map<Long, Watched> members = new HashMap<>();
        jdbc.sql(ScopedSql.of("SELECT m.member_id, m.org_id, m.org_path, m.name,"
                + " COALESCE(MAX(l.occurred_on), w.tracked_since, ?) FROM member_ref m"
                + " LEFT JOIN member_watch w ON w.member_id = m.member_id"
                + " LEFT JOIN ledger_entry l ON l.member_id = m.member_id AND l.kind IN ('ATTENDED', 'EXCUSED')"
                + " WHERE m.status IN ('PROBATIONARY', 'FULL', 'MOBILE')"
                + " GROUP BY m.member_id, m.org_id, m.org_path, m.name, w.tracked_since"))
                .param(Date.valueOf(today)).query(rs -> {
                    members.put(rs.getLong(1), new Watched(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, LocalDate.class)));
                });
        OrgLifeRules orgLife = rules.inForce(orgLifeRules, today);
        Map<Long, Gap> noLife = new HashMap<>();
        members.values().forEach(m -> {
            int months = (int) ChronoUnit.MONTHS.between(m.lastLife(), today);
            if (months >= orgLife.warnAt()) {
                noLife.put(m.memberId(), new Gap(m.memberId(), m.lastLife(), months));
            }
        });
        Map<Long, Gap> unpaid = new HashMap<>();
        duesGaps.unpaidRuns(today).forEach((member, gap) -> {
            if (gap.months() >= settings.duesWarnMonths() && members.containsKey(member)) {
                unpaid.put(member, gap);
            }
        });
        int[] raised = {0};
        int[] cleared = {0};
        for (WarningKind kind : WarningKind.values()) {
            Map<Long, Gap> gaps = kind == WarningKind.NO_ORG_LIFE ? noLife : unpaid;
            int flagAt = kind == WarningKind.NO_ORG_LIFE ? orgLife.flagAt() : settings.duesFlagMonths();
            Changes c = apply(kind, gaps, flagAt, members, today);
            raised[0] += c.raised();
            cleared[0] += c.cleared();
        }
        long open = warnings.selectCount(new QueryWrapper<Warning>().isNotNull("open_member_id"));
        return new Result(today, raised[0], cleared[0], (int) open);
    }

    private record Open(long id, long memberId, String level) {
    }

    private record Changes(int raised, int cleared) {
    }

    private Changes apply(WarningKind kind, Map<Long, Gap> gaps, int flagAt, Map<Long, Watched> members,
                          LocalDate today) {
        Map<Long, Open> open = new HashMap<>();
        warnings.selectList(new QueryWrapper<Warning>().select("id", "member_id", "level").eq("kind", kind.name())
                        .isNotNull("open_member_id"))
                .forEach(w -> open.put(w.getMemberId(), new Open(w.getId(), w.getMemberId(), w.getLevel())));

        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Long> escalated = new ArrayList<>();
        for (Gap gap : gaps.values()) {
            Watched m = members.get(gap.memberId());
            String level = gap.months() >= flagAt ? "FLAG" : "WARN";
            Open existing = open.remove(gap.memberId());
            if (existing == null) {
                inserts.add(new Object[] {m.memberId(), m.orgId(), m.orgPath(), kind.name(), level, gap.months(),
                        Date.valueOf(gap.since()), Date.valueOf(today), m.memberId()});
            } else {
                updates.add(new Object[] {level, gap.months(), Date.valueOf(gap.since()), m.orgId(), m.orgPath(),
                        existing.id()});
                if (!level.equals(existing.level())) {
                    escalated.add(existing.id());
                }
            }
        }
        batch.batchUpdate("INSERT INTO warning (member_id, org_id, org_path, kind, level, months, since, raised_on,"
                + " open_member_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        batch.batchUpdate("UPDATE warning SET level = ?, months = ?, since = ?, org_id = ?, org_path = ? WHERE id = ?",
                updates);
        // the cause went (or the member left the Party, or moved out of the city): cleared
        List<Object[]> clears = open.values().stream().map(o -> new Object[] {Date.valueOf(today), o.id()}).toList();
        batch.batchUpdate("UPDATE warning SET cleared_on = ?, open_member_id = NULL WHERE id = ?", clears);
        announce(kind, inserts.stream().map(r -> (Long) r[0]).toList(), escalated, members);
        return new Changes(inserts.size() + escalated.size(), clears.size());
    }

    /** One event per new or escalated warning, in this transaction (the outbox); looked up a thousand at a time. */
    private void announce(WarningKind kind, List<Long> newMembers, List<Long> escalatedIds, Map<Long, Watched> members) {
        for (int from = 0; from < newMembers.size(); from += CHUNK) {
            announceWhere(kind, "open_member_id IN (:keys)", newMembers.subList(from, Math.min(from + CHUNK,
                    newMembers.size())), members);
        }
        for (int from = 0; from < escalatedIds.size(); from += CHUNK) {
            announceWhere(kind, "id IN (:keys)", escalatedIds.subList(from, Math.min(from + CHUNK,
                    escalatedIds.size())), members);
        }
    }

    private void announceWhere(WarningKind kind, String condition, List<Long> keys, Map<Long, Watched> members) {
        outbox.addAll(jdbc.sql(ScopedSql.of("SELECT id, member_id, org_id, org_path, level, months, since FROM warning"
                        + " WHERE kind = :kind AND open_member_id IS NOT NULL AND " + condition))
                .param("kind", kind.name()).param("keys", keys)
                .query((rs, i) -> new PointsWarningRaised(rs.getLong(1), rs.getLong(2),
                        members.get(rs.getLong(2)).name(), rs.getLong(3), rs.getString(4), kind.name(),
                        rs.getString(5), rs.getInt(6), rs.getObject(7, LocalDate.class)))
                .list());
    }
}
