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
import org.dangjian.recruitment.cases.Performers;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.TimeRule;
import org.dangjian.recruitment.catalogue.TimeRuleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next step of many open cases at once, with its due date and who must act. Steps are recorded in the
 * catalogue's order, so a case's next step is the one after its last; only a next step with a DUE or LATEST rule
 * can be due, and its date counts from the steps those rules name. So: one query for just those steps' dates of
 * just those cases, and one for the organisations on their branches' paths, never one per case. The due date is
 * the earlier of the DUE and LATEST dates; a rule whose step is not recorded gives none.
 */
@Component
public class DueSteps {
    private final JdbcClient jdbc;
    private final Catalogues catalogues;
    private final OrgDirectory orgs;
    private final StepDates stepDates;

    DueSteps(JdbcClient jdbc, Catalogues catalogues, OrgDirectory orgs, StepDates stepDates) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
        this.orgs = orgs;
        this.stepDates = stepDates;
    }

    public List<DueStep> of(List<OpenCase> cases) {
        Map<OpenCase, StepDefinition> next = new HashMap<>();
        Set<String> counted = new HashSet<>();
        for (OpenCase c : cases) {
            StepDefinition step = following(catalogues.version(c.catalogueVersion()), c.lastStep());
            List<TimeRule> rules = step == null ? List.of() : deadlineRules(step);
            if (!rules.isEmpty()) {
                next.put(c, step);
                rules.forEach(r -> counted.add(r.after()));
            }
        }
        if (next.isEmpty()) {
            return List.of();
        }
        List<OpenCase> withRules = cases.stream().filter(next::containsKey).toList();
        Map<Long, Map<String, LocalDate>> recorded = recorded(withRules.stream().map(OpenCase::id).toList(), counted);
        Map<Long, OrgRef> known = orgs.findAll(idsOnPaths(withRules));
        List<DueStep> due = new ArrayList<>();
        for (OpenCase c : withRules) {
            StepDefinition step = next.get(c);
            dueDate(step, recorded.getOrDefault(c.id(), Map.of())).ifPresent(date -> {
                OrgRef branch = known.get(c.orgId());
                OrgRef acting = branch == null ? null : Performers.actingOrg(step.performer(), branch, known);
                due.add(new DueStep(c, step, date, acting));
            });
        }
        return due;
    }

    /** The day a step is due: the earlier of its DUE and LATEST dates. */
    public Optional<LocalDate> dueDate(StepDefinition step, Map<String, LocalDate> recorded) {
        return Stream.of(stepDates.due(step, recorded), stepDates.latest(step, recorded)).flatMap(Optional::stream)
                .map(StepDates.Bound::date).min(LocalDate::compareTo);
    }

    private static List<TimeRule> deadlineRules(StepDefinition step) {
        return step.timeRules().stream().filter(r -> r.kind() == TimeRuleKind.DUE || r.kind() == TimeRuleKind.LATEST)
                .toList();
    }

    /** The step after {@code code} in the catalogue's order, or null after the last. */
    private static StepDefinition following(Catalogue catalogue, String code) {
        int at = catalogue.position(code);
        return at < 0 || at + 1 >= catalogue.steps().size() ? null : catalogue.steps().get(at + 1);
    }

    private Map<Long, Map<String, LocalDate>> recorded(List<Long> caseIds, Set<String> codes) {
        Map<Long, Map<String, LocalDate>> dates = new HashMap<>();
        jdbc.sql(ScopedSql.of("SELECT s.case_id, s.step_code, s.done_on FROM case_step s WHERE s.case_id IN (:ids)"
                        + " AND s.step_code IN (:codes)"))
                .param("ids", caseIds).param("codes", codes)
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
