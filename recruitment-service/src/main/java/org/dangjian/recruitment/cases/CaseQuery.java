package org.dangjian.recruitment.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.Stage;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A case whole (person masked, steps, the next step with its dates and performer), and a subtree's open cases. */
@Service
public class CaseQuery {
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };
    private final Cases cases;
    private final Catalogues catalogues;
    private final Performers performers;
    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StepDates stepDates;
    private final StepVotes votes;
    private final StepPeople people;
    private final StepAnnexes.Attachments attachments;
    private final StepAnnexes.Changes changes;

    CaseQuery(Cases cases, Catalogues catalogues, Performers performers, OrgDirectory orgs, JdbcClient jdbc,
              JsonMapper json, StepDates stepDates, StepVotes votes, StepPeople people,
              StepAnnexes.Attachments attachments, StepAnnexes.Changes changes) {
        this.cases = cases;
        this.catalogues = catalogues;
        this.performers = performers;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.json = json;
        this.stepDates = stepDates;
        this.votes = votes;
        this.people = people;
        this.attachments = attachments;
        this.changes = changes;
    }

    public CaseView one(long id) {
        RecruitmentCase c = cases.inScope(id);
        Catalogue catalogue = catalogues.version(c.getCatalogueVersion());
        List<CaseStep> recorded = cases.steps(id);
        Map<String, LocalDate> dates = Cases.dates(recorded);
        OrgRef branch = orgs.find(c.getOrgId()).orElse(null);
        Map<String, CaseView.Vote> voted = votes.ofCase(id);
        Map<String, List<CaseView.NamedMember>> named = people.ofCase(id);
        Map<String, List<AttachmentView>> files = attachments.onSteps(id);
        Map<String, List<StepChangeView>> changed = changes.ofSteps(id);
        List<CaseView.RecordedStep> steps = recorded.stream().map(s -> {
            List<AttachmentView> attached = files.getOrDefault(s.getStepCode(), List.of());
            return new CaseView.RecordedStep(s.getStepCode(), nameOf(catalogue, s.getStepCode()), s.getDoneOn(),
                    values(s.getFieldValues()), s.getRecordedBy(), s.getRecordedAt(), voted.get(s.getStepCode()),
                    named.get(s.getStepCode()), attached, evidenceMissing(catalogue.step(s.getStepCode()), attached),
                    changed.getOrDefault(s.getStepCode(), List.of()));
        }).toList();
        return new CaseView(c.getId(), c.getCatalogueVersion(), c.getOrgId(), branch == null ? null : branch.name(),
                c.getName(), c.getGender(), CodeTables.sexes().label(c.getGender()).orElse(null), c.getBirthDate(),
                c.getIdNumberMasked(), c.getPhoneMasked(), c.getWorkUnit(), c.getEducation(),
                CodeTables.education().label(c.getEducation()).orElse(null), c.getEthnicity(),
                c.getEthnicity() == null ? null : CodeTables.ethnicities().label(c.getEthnicity()).orElse(null),
                c.getApplicationDate(),
                CaseStatus.valueOf(c.getStatus()), c.getStage(), stageName(catalogue, c.getStage()), steps,
                next(catalogue, dates, branch, files));
    }

    /** Whether the step asks for a photo or document that is not attached (a step recorded without it: the application). */
    private static boolean evidenceMissing(StepDefinition step, List<AttachmentView> attached) {
        return step != null && !step.evidence().satisfiedBy(attached.stream().map(AttachmentView::contentType).toList());
    }

    /** The first step of the catalogue not recorded yet: steps unlock in order. */
    public static StepDefinition nextStep(Catalogue catalogue, Map<String, LocalDate> recorded) {
        return catalogue.steps().stream().filter(s -> !recorded.containsKey(s.code())).findFirst().orElse(null);
    }

    /** The cases in progress (open or admitted) of {@code orgId}'s subtree (the caller's own when not given), latest first. */
    public PageResult<CaseSummary> openCases(Long orgId, PageQuery page, CurrentUser caller) {
        Map<String, Object> p = new HashMap<>();
        p.put("path", orgs.subtreePath(orgId, caller));
        p.put("open", Arrays.stream(CaseStatus.values()).filter(CaseStatus::inProgress).map(CaseStatus::name).toList());
        String where = " FROM recruitment_case c WHERE " + SubtreePaths.under("c.org_path", "path") + " AND c.status IN (:open)";
        long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*)" + where)).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<CaseSummary> items = jdbc.sql(ScopedSql.of("SELECT c.id, c.org_id, c.name, c.phone_masked, c.application_date,"
                        + " c.stage, c.last_step, c.last_step_on, c.catalogue_version" + where
                        + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset"))
                .params(p).query((rs, i) -> {
                    String last = rs.getString(7);
                    StepDefinition next = following(catalogues.version(rs.getInt(9)), last);
                    return new CaseSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), last, rs.getObject(8, LocalDate.class),
                            next == null ? null : next.code(), next == null ? null : next.name());
                }).list();
        return PageResult.of(items, total, page);
    }

    private CaseView.NextStep next(Catalogue catalogue, Map<String, LocalDate> dates, OrgRef branch,
                                   Map<String, List<AttachmentView>> files) {
        StepDefinition next = nextStep(catalogue, dates);
        if (next == null) {
            return null;
        }
        OrgRef acting = branch == null ? null : performers.actingOrg(next.performer(), branch);
        return new CaseView.NextStep(next.code(), next.name(), next.stage(), next.performer(), next.performer().label(),
                acting == null ? null : acting.orgId(), acting == null ? null : acting.name(),
                stepDates.firstAllowed(next, dates).map(StepDates.Bound::date).orElse(null),
                stepDates.due(next, dates).map(StepDates.Bound::date).orElse(null),
                stepDates.latest(next, dates).map(StepDates.Bound::date).orElse(null),
                files.getOrDefault(next.code(), List.of()));
    }

    /** The step after {@code code} in the catalogue's order (steps are recorded in that order). */
    private static StepDefinition following(Catalogue catalogue, String code) {
        int at = catalogue.position(code);
        return at < 0 || at + 1 >= catalogue.steps().size() ? null : catalogue.steps().get(at + 1);
    }

    private static String nameOf(Catalogue catalogue, String code) {
        StepDefinition s = catalogue.step(code);
        return s == null ? null : s.name();
    }

    private static String stageName(Catalogue catalogue, String code) {
        return catalogue.document().stages().stream().filter(s -> s.code().equals(code)).map(Stage::name).findFirst()
                .orElse(null);
    }

    private Map<String, Object> values(String stored) {
        return stored == null ? Map.of() : json.readValue(stored, VALUES);
    }
}
