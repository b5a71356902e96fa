package org.dangjian.points.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.points.compliance.Requirement.Status;
import org.dangjian.kit.rules.RuleBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which branches of a subtree held their organisational life as often as the rules ask, for a month:
 * three queries (the branches, their full members, and their activities of the year up to the month's
 * end, grouped), then per branch and per requirement.
 */
@Service
class Compliance {
    private static final String BRANCHES = "SELECT org_id, name FROM org_ref WHERE " + SubtreePaths.under("path", "path")
            + " AND type IN ('BRANCH', 'JOINT_BRANCH') AND status = 'ACTIVE'";
    /**
     * Full members (正式党员) per branch, as the roster stands now: whether a branch has a committee.
     * Probationary members do not count; a member recorded only as MOBILE has no known standing until
     * the roster keeps standing and mobility apart (issue 18 item 2), so is not counted either.
     */
    private static final String FULL_MEMBERS = "SELECT org_id, COUNT(*) FROM member_ref WHERE "
            + SubtreePaths.under("org_path", "path") + " AND status = 'FULL' GROUP BY org_id";
    /** The kit adds the caller's scope; the subtree asked for narrows it. */
    private static final String ACTIVITIES = "SELECT org_id, type, held_on FROM activity WHERE "
            + SubtreePaths.under("org_path", "path") + " AND held_on BETWEEN :from AND :to";
    private final JdbcClient jdbc;
    private final OrgDirectory orgs;
    private final RuleBook rules;
    private final OrgLifeRuleDefinition orgLifeRules;
    private final Clock clock;

    Compliance(JdbcClient jdbc, OrgDirectory orgs, RuleBook rules, OrgLifeRuleDefinition orgLifeRules, Clock clock) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.rules = rules;
        this.orgLifeRules = orgLifeRules;
        this.clock = clock;
    }

    /** For administrators and auditors (the controller says so), of a subtree in their scope. */
    ComplianceReport of(Long orgId, YearMonth month, CurrentUser caller) {
        // the organisation asked for (404 outside the caller's subtree), else the caller's own
        String path = orgs.subtreePath(orgId, caller);
        LocalDate today = LocalDate.now(clock);
        // the rules in force when the month began: a change from a later day leaves this month as it was
        OrgLifeRules inForce = rules.inForce(orgLifeRules, month.atDay(1));
        List<Requirement> requirements = inForce.requirements();
        BranchCommittee committee = inForce.committee();
        Map<String, Object> p = Map.of("path", path, "from", LocalDate.of(month.getYear(), 1, 1),
                "to", month.atEndOfMonth());
        Map<Long, String> branches = new HashMap<>();
        jdbc.sql(BRANCHES).params(p).query(rs -> {
            branches.put(rs.getLong(1), rs.getString(2));
        });
        Map<Long, Integer> fullMembers = new HashMap<>();
        jdbc.sql(ScopedSql.of(FULL_MEMBERS)).params(p).query(rs -> {
            fullMembers.put(rs.getLong(1), rs.getInt(2));
        });
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql(ScopedSql.of(ACTIVITIES)).params(p).query(rs -> {
            LocalDate on = rs.getObject(3, LocalDate.class);
            for (Requirement r : requirements) {
                LocalDate[] span = r.span(month);
                if (r.type().name().equals(rs.getString(2)) && !on.isBefore(span[0]) && !on.isAfter(span[1])) {
                    counts.merge(rs.getLong(1) + ":" + r.type().name(), 1, Integer::sum);
                }
            }
        });
        List<Map.Entry<Long, String>> inOrder = new ArrayList<>(branches.entrySet());
        inOrder.sort(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        Map<Requirement, Map<Status, List<ComplianceReport.BranchHeld>>> byRequirement = new HashMap<>();
        List<ComplianceReport.Branch> items = new ArrayList<>();
        for (Map.Entry<Long, String> b : inOrder) {
            int full = fullMembers.getOrDefault(b.getKey(), 0);
            List<ComplianceReport.Item> lines = new ArrayList<>();
            int missed = 0;
            for (Requirement r : requirements) {
                int n = counts.getOrDefault(b.getKey() + ":" + r.type().name(), 0);
                Status status = r.statusFor(committee, full, n, month, today);
                missed += status == Status.MISSED ? 1 : 0;
                lines.add(new ComplianceReport.Item(r.type().name(), r.type().label(), r.label(month), n, status.name()));
                byRequirement.computeIfAbsent(r, k -> new EnumMap<>(Status.class))
                        .computeIfAbsent(status, k -> new ArrayList<>())
                        .add(new ComplianceReport.BranchHeld(b.getKey(), b.getValue(), n));
            }
            items.add(new ComplianceReport.Branch(b.getKey(), b.getValue(), lines, missed, full));
        }
        List<ComplianceReport.ByRequirement> perRequirement = new ArrayList<>();
        for (Requirement r : requirements) {
            Map<Status, List<ComplianceReport.BranchHeld>> by = byRequirement.getOrDefault(r, Map.of());
            perRequirement.add(new ComplianceReport.ByRequirement(r.type().name(), r.type().label(), r.label(month),
                    by.getOrDefault(Status.MET, List.of()), by.getOrDefault(Status.DUE, List.of()),
                    by.getOrDefault(Status.MISSED, List.of()), by.getOrDefault(Status.NOT_APPLICABLE, List.of()),
                    r.whyNotApplicable(committee)));
        }
        int missing = (int) items.stream().filter(b -> b.missed() > 0).count();
        return new ComplianceReport(month.toString(), items.size(), missing, items, perRequirement);
    }
}
