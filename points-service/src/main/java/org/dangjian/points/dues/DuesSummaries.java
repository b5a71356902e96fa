package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A month's dues in the caller's subtree, branch by branch (due, paid, outstanding), from one grouped
 * query over the members on the roll; a single branch also lists its members, in a second query. The
 * kit's scope on the roster ({@link ScopedSql}) limits both to the caller's subtree; {@code orgId} narrows
 * it to an organisation inside it.
 */
@Service
class DuesSummaries {
    /** One row per member on the roll in scope: what they owe this month and what they paid. */
    private static final String PER_MEMBER = "SELECT r.member_id, r.name, r.org_id, b.member_id IS NOT NULL AS has_base,"
            + " CASE WHEN b.member_id IS NULL OR r.join_date >= :nextMonth THEN NULL ELSE " + DuesSql.DUE + " END AS due,"
            + " p.paid, p.paid_on"
            + " FROM member_ref r LEFT JOIN dues_base b ON b.member_id = r.member_id AND b.year = :year"
            + DuesSql.REDUCTION.formatted(":month") + DuesSql.PAYMENT.formatted(":month")
            + " WHERE r.status IN ('PROBATIONARY', 'FULL', 'MOBILE')";
    private static final String UNDER_ORG = " AND " + SubtreePaths.under("r.org_path", "path");
    private static final String PER_BRANCH = "SELECT org_id, COUNT(*),"
            + " SUM(CASE WHEN has_base THEN 0 ELSE 1 END), SUM(CASE WHEN due = 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN due > 0 THEN 1 ELSE 0 END), COALESCE(SUM(CASE WHEN due > 0 THEN due END), 0),"
            + " COUNT(paid), COALESCE(SUM(paid), 0),"
            + " SUM(CASE WHEN due > 0 AND paid IS NULL THEN 1 ELSE 0 END),"
            + " COALESCE(SUM(CASE WHEN due > 0 AND paid IS NULL THEN due END), 0)"
            + " FROM (%s) d GROUP BY org_id";
    private final JdbcClient jdbc;
    private final OrgDirectory orgs;

    DuesSummaries(JdbcClient jdbc, OrgDirectory orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    DuesSummaryView of(Long orgId, YearMonth month, CurrentUser caller) {
        // the subtree the summary is about: the organisation asked for (404 outside the caller's), else the caller's
        String path = orgs.subtreePath(orgId, caller);
        String perMember = ScopedSql.of(orgId != null ? PER_MEMBER + UNDER_ORG : PER_MEMBER);
        Map<String, Object> params = new HashMap<>();
        params.put("year", month.getYear());
        params.put("month", month.getMonthValue());
        params.put("nextMonth", month.plusMonths(1).atDay(1));
        if (orgId != null) {
            params.put("path", path);
        }
        List<Row> rows = jdbc.sql(PER_BRANCH.formatted(perMember)).params(params)
                .query((rs, i) -> new Row(rs.getLong(1), new DuesSummaryView.Figures(
                        rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6), rs.getInt(7),
                        rs.getBigDecimal(8), rs.getInt(9), rs.getBigDecimal(10)))).list();
        Map<Long, OrgRef> names = orgs.findAll(rows.stream().map(Row::orgId).toList());
        List<DuesSummaryView.Branch> branches = new ArrayList<>();
        DuesSummaryView.Figures total = DuesSummaryView.Figures.NONE;
        for (Row row : rows) {
            OrgRef org = names.get(row.orgId());
            branches.add(new DuesSummaryView.Branch(row.orgId(), org == null ? null : org.name(), row.figures()));
            total = total.plus(row.figures());
        }
        branches.sort((a, b) -> String.valueOf(a.name()).compareTo(String.valueOf(b.name())));
        Long asked = orgId != null ? orgId : caller.orgId();
        boolean oneBranch = asked != null && orgs.find(asked).filter(o -> o.holdsMembers() && o.path().equals(path))
                .isPresent();
        return new DuesSummaryView(asked, month, total, branches, oneBranch ? members(perMember, params) : null);
    }

    private List<DuesSummaryView.MemberLine> members(String perMember, Map<String, Object> params) {
        return jdbc.sql(perMember + " ORDER BY r.name").params(params).query((rs, i) -> {
            BigDecimal due = rs.getBigDecimal(5);
            BigDecimal paid = rs.getBigDecimal(6);
            BigDecimal outstanding = due != null && due.signum() > 0 && paid == null ? due : BigDecimal.ZERO;
            return new DuesSummaryView.MemberLine(rs.getLong(1), rs.getString(2), due, paid,
                    rs.getObject(7, LocalDate.class), outstanding);
        }).list();
    }

    private record Row(long orgId, DuesSummaryView.Figures figures) {
    }
}
