package org.dangjian.recruitment.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.recruitment.cases.CaseStatus;
import org.dangjian.recruitment.deadline.DueStep;
import org.dangjian.recruitment.deadline.DueSteps;
import org.dangjian.recruitment.deadline.OpenCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The next steps of a subtree's open cases past their due date, the longest overdue first. A due date follows
 * from the dates of the steps recorded and the catalogue's rules, so it is computed, not stored: three queries
 * (the subtree's open cases by the path index, their steps, the organisations on their paths), then paged.
 */
@Service
class OverdueQuery {
    private final JdbcClient jdbc;
    private final OrgDirectory orgs;
    private final DueSteps dueSteps;
    private final Clock clock;

    OverdueQuery(JdbcClient jdbc, OrgDirectory orgs, DueSteps dueSteps, Clock clock) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.dueSteps = dueSteps;
        this.clock = clock;
    }

    PageResult<OverdueStep> overdue(Long orgId, PageQuery page, CurrentUser caller) {
        String path = orgs.subtreePath(orgId, caller);
        List<OpenCase> open = jdbc.sql(ScopedSql.of("SELECT " + OpenCase.COLUMNS + " FROM recruitment_case c WHERE "
                        + SubtreePaths.under("c.org_path", "path") + " AND c.status = :open"))
                .param("path", path).param("open", CaseStatus.OPEN.name())
                .query((rs, i) -> OpenCase.read(rs))
                .list();
        LocalDate today = LocalDate.now(clock);
        List<DueStep> late = dueSteps.of(open).stream().filter(d -> d.dueDate().isBefore(today))
                .sorted(Comparator.comparing(DueStep::dueDate).thenComparingLong(d -> d.openCase().id())).toList();
        List<OverdueStep> items = late.stream().skip(page.offset()).limit(page.size()).map(d -> new OverdueStep(
                d.openCase().id(), d.openCase().orgId(), d.openCase().name(), d.openCase().phoneMasked(), d.step().code(),
                d.step().name(), d.step().performer(), d.dueDate(), (int) ChronoUnit.DAYS.between(d.dueDate(), today),
                d.actingOrg() == null ? null : d.actingOrg().orgId(), d.actingOrg() == null ? null : d.actingOrg().name()))
                .toList();
        return PageResult.of(items, late.size(), page);
    }
}
