package org.dangjian.recruitment.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.recruitment.cases.CaseQuery;
import org.dangjian.recruitment.cases.Performers;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next step of many open cases at once, with its due date and who must act: one query for the steps recorded
 * on all of them and one for the organisations on their branches' paths, never one per case. A next step has a due
 * date when a DUE or LATEST rule of it counts from a step already recorded (the earlier of them); steps without one
 * are left out.
 */
@Component
public class DueSteps {
    private final JdbcClient jdbc;
    private final Catalogues catalogues;
    private final OrgDirectory orgs;

    DueSteps(JdbcClient jdbc, Catalogues catalogues, OrgDirectory orgs) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
        this.orgs = orgs;
    }

    public List<DueStep> of(List<OpenCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, LocalDate>> recorded = recorded(cases.stream().map(OpenCase::id).toList());
        Map<Long, OrgRef> known = orgs.findAll(idsOnPaths(cases));
        List<DueStep> due = new ArrayList<>();
        for (OpenCase c : cases) {
            Catalogue catalogue = catalogues.version(c.catalogueVersion());
            Map<String, LocalDate> dates = recorded.getOrDefault(c.id(), Map.of());
            StepDefinition next = CaseQuery.nextStep(catalogue, dates);
            if (next == null) {
                continue;
            }
            dueDate(next, dates).ifPresent(date -> {
                OrgRef branch = known.get(c.orgId());
                OrgRef acting = branch == null ? null : Performers.actingOrg(next.performer(), branch, known);
                due.add(new DueStep(c, next, date, acting));
            });
        }
        return due;
    }

    /** The day a step is due: the earlier of its DUE and LATEST dates. */
    public static Optional<LocalDate> dueDate(StepDefinition step, Map<String, LocalDate> recorded) {
        return Stream.of(StepDates.due(step, recorded), StepDates.latest(step, recorded)).flatMap(Optional::stream)
                .map(StepDates.Bound::date).min(LocalDate::compareTo);
    }

    private Map<Long, Map<String, LocalDate>> recorded(List<Long> caseIds) {
        Map<Long, Map<String, LocalDate>> dates = new HashMap<>();
        jdbc.sql(ScopedSql.of("SELECT s.case_id, s.step_code, s.done_on FROM case_step s WHERE s.case_id IN (:ids)"))
                .param("ids", caseIds)
                .query(rs -> {
                    dates.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(rs.getString(2), rs.getObject(3, LocalDate.class));
                });
        return dates;
    }

    private static Collection<Long> idsOnPaths(List<OpenCase> cases) {
        Set<Long> ids = new HashSet<>();
        cases.forEach(c -> ids.addAll(OrgRef.idsOnPath(c.orgPath())));
        return ids;
    }
}
