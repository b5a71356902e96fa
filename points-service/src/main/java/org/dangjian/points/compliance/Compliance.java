package org.dangjian.points.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which branches of a subtree held their organisational life as often as the rules ask, for a month:
 * two queries (the branches, and their activities of the year up to the month's end, grouped).
 */
@Service
class Compliance {
    private static final String BRANCHES = "SELECT org_id, name FROM org_ref WHERE " + SubtreePaths.under("path", "path")
            + " AND type IN ('BRANCH', 'JOINT_BRANCH') AND status = 'ACTIVE'";
    /** The kit adds the caller's scope; the subtree asked for narrows it. */
    private static final String ACTIVITIES = "SELECT org_id, type, held_on FROM activity WHERE "
            + SubtreePaths.under("org_path", "path") + " AND held_on BETWEEN :from AND :to";
    private final JdbcClient jdbc;
    private final OrgDirectory orgs;
    private final Clock clock;

    Compliance(JdbcClient jdbc, OrgDirectory orgs, Clock clock) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** For administrators and auditors (the controller says so), of a subtree in their scope. */
    ComplianceReport of(Long orgId, YearMonth month, CurrentUser caller) {
        // the organisation asked for (404 outside the caller's subtree), else the caller's own
        String path = orgs.subtreePath(orgId, caller);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> p = Map.of("path", path, "from", LocalDate.of(month.getYear(), 1, 1),
                "to", month.atEndOfMonth());
        Map<Long, String> branches = new HashMap<>();
        jdbc.sql(BRANCHES).params(p).query(rs -> {
            branches.put(rs.getLong(1), rs.getString(2));
        });
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql(ScopedSql.of(ACTIVITIES)).params(p).query(rs -> {
            LocalDate on = rs.getObject(3, LocalDate.class);
            for (Requirement r : Requirement.values()) {
                LocalDate[] span = r.span(month);
                if (r.type().name().equals(rs.getString(2)) && !on.isBefore(span[0]) && !on.isAfter(span[1])) {
                    counts.merge(rs.getLong(1) + ":" + r.name(), 1, Integer::sum);
                }
            }
        });
        List<ComplianceReport.Branch> items = new ArrayList<>();
        for (Map.Entry<Long, String> b : branches.entrySet()) {
            List<ComplianceReport.Item> lines = new ArrayList<>();
            int missed = 0;
            for (Requirement r : Requirement.values()) {
                int n = counts.getOrDefault(b.getKey() + ":" + r.name(), 0);
                String status = n > 0 ? "MET" : r.span(month)[1].isBefore(today) ? "MISSED" : "DUE";
                missed += status.equals("MISSED") ? 1 : 0;
                lines.add(new ComplianceReport.Item(r.type().name(), r.type().label(), r.label(month), n, status));
            }
            items.add(new ComplianceReport.Branch(b.getKey(), b.getValue(), lines, missed));
        }
        items.sort(Comparator.comparingInt(ComplianceReport.Branch::missed).reversed()
                .thenComparing(ComplianceReport.Branch::name));
        int missing = (int) items.stream().filter(b -> b.missed() > 0).count();
        return new ComplianceReport(month.toString(), items.size(), missing, items);
    }
}
