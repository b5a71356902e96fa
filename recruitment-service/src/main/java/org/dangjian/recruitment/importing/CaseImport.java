package org.dangjian.recruitment.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.contracts.recruitment.RecruitmentCaseOpened;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.excel.ImportRejectedException;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetDates;
import org.dangjian.kit.excel.SheetLayout;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.application.ApplicationRules;
import org.dangjian.recruitment.application.NewCases;
import org.dangjian.recruitment.application.OpenCaseRequest;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.RecruitmentCaseMapper;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.cases.StepLog;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.rules.AdmissionRuleDefinition;
import org.dangjian.recruitment.step.StepGate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Going live: the cases of people already part-way through, from one workbook, all or none. Each row is checked
 * as an application is (person, branch in the caller's scope, age on the application date), and its step dates
 * against the current catalogue: dated steps follow one another without a gap, each on or after the one before and
 * within its time rules, none after today. Every problem of every row is reported by row and column (the step's);
 * only a clean file opens its cases, each at the last step dated, the steps marked as recorded before the platform
 * (their evidence, votes and fields were kept on paper), each case and step announced as a branch's would be.
 */
@Service
class CaseImport {
    static final String REQUIRED = "RECRUITMENT_IMPORT_REQUIRED";
    static final String NOT_A_DATE = "RECRUITMENT_IMPORT_NOT_A_DATE";
    static final String GENDER_UNKNOWN = "RECRUITMENT_IMPORT_GENDER_UNKNOWN";
    static final String EDUCATION_UNKNOWN = "RECRUITMENT_IMPORT_EDUCATION_UNKNOWN";
    static final String ETHNICITY_UNKNOWN = "RECRUITMENT_IMPORT_ETHNICITY_UNKNOWN";
    /** 汉族: a blank 民族 cell, as the member import reads it. */
    static final String HAN = "01";
    static final String ORG_UNKNOWN = "RECRUITMENT_IMPORT_ORG_UNKNOWN";
    static final String NOT_A_BRANCH = "RECRUITMENT_NOT_A_BRANCH";
    static final String ID_TWICE = "RECRUITMENT_IMPORT_ID_NUMBER_TWICE";
    static final String ALREADY_OPEN = "RECRUITMENT_CASE_ALREADY_OPEN";
    static final String STEP_GAP = "RECRUITMENT_IMPORT_STEP_GAP";
    static final String STEP_IN_THE_FUTURE = "RECRUITMENT_DATE_IN_THE_FUTURE";

    private final Catalogues catalogues;
    private final OrgDirectory orgs;
    private final RuleBook rules;
    private final AdmissionRuleDefinition admission;
    private final NewCases newCases;
    private final RecruitmentCaseMapper cases;
    private final StepLog steps;
    private final StepDates dates;
    private final BlindIndex blindIndex;
    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final Clock clock;

    CaseImport(Catalogues catalogues, OrgDirectory orgs, RuleBook rules, AdmissionRuleDefinition admission,
               NewCases newCases, RecruitmentCaseMapper cases, StepLog steps, StepDates dates, BlindIndex blindIndex,
               JdbcClient jdbc, EventOutbox outbox, EventSeal seal, Clock clock) {
        this.catalogues = catalogues;
        this.orgs = orgs;
        this.rules = rules;
        this.admission = admission;
        this.newCases = newCases;
        this.cases = cases;
        this.steps = steps;
        this.dates = dates;
        this.blindIndex = blindIndex;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.seal = seal;
        this.clock = clock;
    }

    /** One row as read: the application, and the steps dated, in the catalogue's order. */
    private record Parsed(SheetRow row, OpenCaseRequest application, String orgCode, Map<StepDefinition, LocalDate> past) {
    }

    /** For administrators (declared on the route). @return how many cases were opened */
    @Transactional
    public int importRows(List<SheetRow> rows) {
        CurrentUser caller = CurrentUsers.get();
        Catalogue catalogue = catalogues.current();
        SheetLayout layout = CaseSheet.layout(catalogue);
        LocalDate today = LocalDate.now(clock);
        List<RowProblem> problems = new ArrayList<>();
        List<Parsed> parsed = rows.stream().map(r -> parse(r, layout, catalogue, problems)).toList();
        Map<String, OrgRef> branches = visibleOrgs(parsed, caller);
        Set<String> open = openIdIndexes(parsed);
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (Parsed p : parsed) {
            check(p, catalogue, branches, open, firstRowOfId, today, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.inSheetOrder(layout));
            throw new ImportRejectedException(CaseSheet.CODES, problems, rows);
        }
        for (Parsed p : parsed) {
            OrgRef branch = branches.get(p.orgCode());
            RecruitmentCase c = newCases.record(p.application(), branch, catalogue, caller.accountId());
            try {
                cases.insert(c);
            } catch (DuplicateKeyException e) {
                // a branch opened a case for one of these people since the check: nothing is applied
                throw ApiException.conflict(ALREADY_OPEN);
            }
            outbox.add(new RecruitmentCaseOpened(c.getId(), branch.orgId(), branch.path(), c.getName(),
                    seal.seal(p.application().phone().trim()), p.application().applicationDate()));
            steps.recordHistory(c, catalogue, p.past(), caller.accountId());
        }
        return parsed.size();
    }

    private Parsed parse(SheetRow row, SheetLayout layout, Catalogue catalogue, List<RowProblem> problems) {
        List<String> columns = layout.columns();
        Map<StepDefinition, LocalDate> past = new LinkedHashMap<>();
        for (StepDefinition step : catalogue.steps()) {
            int at = columns.indexOf(CaseSheet.column(step));
            String text = at < 0 ? null : row.cell(at);
            if (text != null) {
                SheetDates.parse(text).ifPresentOrElse(d -> past.put(step, d),
                        () -> problems.add(new RowProblem(row.rowNumber(), CaseSheet.column(step), NOT_A_DATE, text)));
            }
        }
        String gender = gender(row.cell(columns.indexOf(CaseSheet.GENDER)));
        String education = education(row.cell(columns.indexOf(CaseSheet.EDUCATION)));
        for (String required : List.of(CaseSheet.NAME, CaseSheet.GENDER, CaseSheet.ID_NUMBER, CaseSheet.PHONE,
                CaseSheet.EDUCATION, CaseSheet.ORG_CODE)) {
            if (row.cell(columns.indexOf(required)) == null) {
                problems.add(new RowProblem(row.rowNumber(), required, REQUIRED));
            }
        }
        String genderText = row.cell(columns.indexOf(CaseSheet.GENDER));
        if (genderText != null && gender == null) {
            problems.add(new RowProblem(row.rowNumber(), CaseSheet.GENDER, GENDER_UNKNOWN, genderText));
        }
        String educationText = row.cell(columns.indexOf(CaseSheet.EDUCATION));
        if (educationText != null && education == null) {
            problems.add(new RowProblem(row.rowNumber(), CaseSheet.EDUCATION, EDUCATION_UNKNOWN, educationText));
        }
        String ethnicityText = row.cell(columns.indexOf(CaseSheet.ETHNICITY));
        String ethnicity = ethnicity(ethnicityText);
        if (ethnicity == null) {
            problems.add(new RowProblem(row.rowNumber(), CaseSheet.ETHNICITY, ETHNICITY_UNKNOWN, ethnicityText));
        }
        StepDefinition application = NewCases.applicationStep(catalogue);
        if (row.cell(columns.indexOf(CaseSheet.column(application))) == null) {
            problems.add(new RowProblem(row.rowNumber(), CaseSheet.column(application), REQUIRED));
        }
        OpenCaseRequest request = new OpenCaseRequest(row.cell(columns.indexOf(CaseSheet.NAME)), gender,
                row.cell(columns.indexOf(CaseSheet.ID_NUMBER)), row.cell(columns.indexOf(CaseSheet.PHONE)),
                row.cell(columns.indexOf(CaseSheet.WORK_UNIT)), education, past.get(application), null, ethnicity);
        return new Parsed(row, request, row.cell(columns.indexOf(CaseSheet.ORG_CODE)), past);
    }

    private void check(Parsed p, Catalogue catalogue, Map<String, OrgRef> branches, Set<String> open,
                       Map<String, Integer> firstRowOfId, LocalDate today, List<RowProblem> problems) {
        int row = p.row().rowNumber();
        OpenCaseRequest a = p.application();
        if (p.orgCode() != null) {
            OrgRef branch = branches.get(p.orgCode());
            if (branch == null) {
                problems.add(new RowProblem(row, CaseSheet.ORG_CODE, ORG_UNKNOWN, p.orgCode()));
            } else if (!branch.holdsMembers() || branch.dissolved()) {
                problems.add(new RowProblem(row, CaseSheet.ORG_CODE, NOT_A_BRANCH));
            }
        }
        boolean complete = a.name() != null && a.gender() != null && a.idNumber() != null && a.phone() != null
                && a.education() != null && a.applicationDate() != null && a.ethnicity() != null;
        if (complete) {
            int minimumAge = rules.inForce(admission, a.applicationDate()).minimumAge();
            for (FieldProblem f : ApplicationRules.problems(a, today, minimumAge)) {
                String column = "applicationDate".equals(f.field())
                        ? CaseSheet.column(NewCases.applicationStep(catalogue)) : CaseSheet.COLUMN_OF_FIELD.get(f.field());
                problems.add(new RowProblem(row, column, f.message(), minimumAge));
            }
            String id = a.idNumber().trim().toUpperCase();
            if (ResidentIdNumbers.isValid(id)) {
                Integer first = firstRowOfId.putIfAbsent(id, row);
                if (first != null) {
                    problems.add(new RowProblem(row, CaseSheet.ID_NUMBER, ID_TWICE, first));
                } else if (open.contains(blindIndex.of(id))) {
                    problems.add(new RowProblem(row, CaseSheet.ID_NUMBER, ALREADY_OPEN));
                }
            }
        }
        checkSteps(p, catalogue, today, problems);
    }

    /** The dated steps in the catalogue's order: no gap, each on time after the one before; every fault reported. */
    private void checkSteps(Parsed p, Catalogue catalogue, LocalDate today, List<RowProblem> problems) {
        int row = p.row().rowNumber();
        StepDefinition lastDated = p.past().keySet().stream().max(Comparator.comparingInt(s -> catalogue.position(s.code())))
                .orElse(null);
        if (lastDated == null) {
            return;
        }
        Map<String, LocalDate> recorded = new HashMap<>();
        boolean previousDated = true;
        for (StepDefinition step : catalogue.steps().subList(0, catalogue.position(lastDated.code()) + 1)) {
            LocalDate date = p.past().get(step);
            if (date == null) {
                problems.add(new RowProblem(row, CaseSheet.column(step), STEP_GAP, step.code(), lastDated.code()));
                previousDated = false;
                continue;
            }
            if (date.isAfter(today)) {
                problems.add(new RowProblem(row, CaseSheet.column(step), STEP_IN_THE_FUTURE));
            } else if (previousDated) {
                try {
                    StepGate.onTime(dates, catalogue, step, recorded, date);
                } catch (ApiException refused) {
                    problems.add(new RowProblem(row, CaseSheet.column(step), refused.code(), refused.args()));
                }
            }
            recorded.put(step.code(), date);
            previousDated = true;
        }
    }

    /** One query for every code of the file; organisations outside the caller's subtree are left out. */
    private Map<String, OrgRef> visibleOrgs(List<Parsed> parsed, CurrentUser caller) {
        Set<String> codes = new HashSet<>();
        parsed.stream().map(Parsed::orgCode).filter(c -> c != null).forEach(codes::add);
        return orgs.findByCodesInScope(codes, caller);
    }

    /** The blind indexes of the file's people who have an open case already: one query. */
    private Set<String> openIdIndexes(List<Parsed> parsed) {
        Set<String> indexes = new HashSet<>();
        for (Parsed p : parsed) {
            String id = p.application().idNumber();
            if (id != null && ResidentIdNumbers.isValid(id.trim().toUpperCase())) {
                indexes.add(blindIndex.of(id.trim().toUpperCase()));
            }
        }
        return indexes.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                        "SELECT open_id_idx FROM recruitment_case WHERE open_id_idx IN (:indexes)")
                .param("indexes", indexes).query(String.class).list());
    }

    /** 男/女, or the GB/T 2261.1 code 1/2. */
    private static String gender(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim()) {
            case "男", "1" -> "1";
            case "女", "2" -> "2";
            default -> null;
        };
    }

    /** The GB 3304 code, or its name with or without 族; blank is 汉族; null when neither. */
    private static String ethnicity(String text) {
        if (text == null) {
            return HAN;
        }
        String t = text.trim();
        if (CodeTables.ethnicities().isValid(t)) {
            return t;
        }
        return CodeTables.ethnicities().codeOf(t).or(() -> CodeTables.ethnicities().codeOf(t + "族")).orElse(null);
    }

    /** The GB/T 4658 code, or its name. */
    private static String education(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        return CodeTables.education().isValid(t) ? t : CodeTables.education().codeOf(t).orElse(null);
    }
}
