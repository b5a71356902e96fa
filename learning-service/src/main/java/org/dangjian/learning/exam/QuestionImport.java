package org.dangjian.learning.exam;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.kit.excel.ImportRejectedException;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.orgs.PublishingOrg;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A question bank from a workbook, all or nothing: every row is read and checked as a question added one by one
 * is ({@link Questions#checked}); if any row has a problem, none is kept and every problem is reported with its row
 * and column; otherwise all are written in one batch.
 */
@Service
class QuestionImport {
    static final String REQUIRED = "LEARNING_IMPORT_REQUIRED";
    static final int MAX_STEM = 500;
    static final int MAX_OPTION = 200;
    static final int MAX_ACCEPTED = 100;
    private static final Map<String, QuestionKind> KINDS = Map.of("单选题", QuestionKind.SINGLE, "单选",
            QuestionKind.SINGLE, "多选题", QuestionKind.MULTIPLE, "多选", QuestionKind.MULTIPLE, "判断题",
            QuestionKind.TRUE_FALSE, "判断", QuestionKind.TRUE_FALSE, "填空题", QuestionKind.FILL, "填空", QuestionKind.FILL);
    private static final Map<String, Integer> TRUTH = Map.of("正确", 0, "对", 0, "√", 0, "是", 0, "错误", 1, "错", 1,
            "×", 1, "否", 1);
    private static final Map<String, Integer> DIFFICULTIES = Map.of("易", 1, "1", 1, "中", 2, "2", 2, "难", 3, "3", 3);
    private final JdbcTemplate jdbc;
    private final QuestionBank bank;
    private final OrgDirectory orgs;
    private final Clock clock;

    QuestionImport(JdbcTemplate jdbc, QuestionBank bank, OrgDirectory orgs, Clock clock) {
        this.jdbc = jdbc;
        this.bank = bank;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Transactional
    int importRows(List<SheetRow> rows, Long orgId, CurrentUser by) {
        OrgRef org = PublishingOrg.of(orgs, orgId, by);
        List<RowProblem> problems = new ArrayList<>();
        List<KeyedQuestion> questions = new ArrayList<>();
        for (SheetRow row : rows) {
            List<RowProblem> found = new ArrayList<>();
            QuestionRequest request = read(row, found);
            if (found.isEmpty()) {
                try {
                    questions.add(Questions.checked(request));
                } catch (ApiException refused) {
                    refused.fieldProblems().forEach(p -> found.add(new RowProblem(row.rowNumber(),
                            QuestionSheet.COLUMN_OF_FIELD.getOrDefault(p.field(), QuestionSheet.ANSWER), p.message())));
                }
            }
            problems.addAll(found);
        }
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.inSheetOrder(QuestionSheet.LAYOUT));
            throw new ImportRejectedException(QuestionSheet.CODES, problems, rows);
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("INSERT INTO question (org_id, org_path, kind, stem, options, correct, accepted, tags, difficulty,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", questions, 500, (ps, q) -> {
                    ps.setLong(1, org.orgId());
                    ps.setString(2, org.path());
                    ps.setString(3, q.kind().name());
                    ps.setString(4, q.stem());
                    ps.setString(5, bank.write(q.options()));
                    ps.setString(6, bank.write(q.correct()));
                    ps.setString(7, bank.write(q.accepted()));
                    ps.setString(8, QuestionBank.tagsColumn(q.tags()));
                    ps.setInt(9, q.difficulty());
                    ps.setLong(10, by.accountId());
                    ps.setTimestamp(11, now);
                });
        return questions.size();
    }

    /** The row as a question, or the problems of its cells in {@code problems}. */
    private static QuestionRequest read(SheetRow row, List<RowProblem> problems) {
        List<String> columns = QuestionSheet.LAYOUT.columns();
        int at = row.rowNumber();
        String kindText = row.cell(columns.indexOf(QuestionSheet.KIND));
        String stem = row.cell(columns.indexOf(QuestionSheet.STEM));
        String answer = row.cell(columns.indexOf(QuestionSheet.ANSWER));
        QuestionKind kind = kindText == null ? null : KINDS.get(kindText);
        if (kindText == null) {
            problems.add(new RowProblem(at, QuestionSheet.KIND, REQUIRED));
        } else if (kind == null) {
            problems.add(new RowProblem(at, QuestionSheet.KIND, "LEARNING_IMPORT_KIND_UNKNOWN", kindText));
        }
        if (stem == null) {
            problems.add(new RowProblem(at, QuestionSheet.STEM, REQUIRED));
        } else if (stem.length() > MAX_STEM) {
            problems.add(new RowProblem(at, QuestionSheet.STEM, "LEARNING_IMPORT_TOO_LONG", MAX_STEM));
        }
        if (answer == null) {
            problems.add(new RowProblem(at, QuestionSheet.ANSWER, REQUIRED));
        }
        List<String> options = new ArrayList<>();
        for (String column : QuestionSheet.OPTIONS) {
            String option = row.cell(columns.indexOf(column));
            if (option != null && option.length() > MAX_OPTION) {
                problems.add(new RowProblem(at, column, "LEARNING_IMPORT_TOO_LONG", MAX_OPTION));
            }
            if (option != null) {
                options.add(option);
            }
        }
        List<String> tags = tags(row.cell(columns.indexOf(QuestionSheet.TAGS)));
        if (tags.size() > 5 || tags.stream().anyMatch(t -> t.length() > 20)) {
            problems.add(new RowProblem(at, QuestionSheet.TAGS, "LEARNING_IMPORT_TAGS_INVALID"));
        }
        String difficultyText = row.cell(columns.indexOf(QuestionSheet.DIFFICULTY));
        Integer difficulty = difficultyText == null ? Integer.valueOf(2) : DIFFICULTIES.get(difficultyText);
        if (difficulty == null) {
            problems.add(new RowProblem(at, QuestionSheet.DIFFICULTY, "LEARNING_IMPORT_DIFFICULTY_UNKNOWN", difficultyText));
        }
        if (kind == null || answer == null) {
            return null;
        }
        List<Integer> correct = List.of();
        List<String> accepted = List.of();
        switch (kind) {
            case SINGLE, MULTIPLE -> {
                String letters = answer.replaceAll("[\\s,，、]", "").toUpperCase(Locale.ROOT);
                if (!letters.matches("[A-H]+")) {
                    problems.add(new RowProblem(at, QuestionSheet.ANSWER, "LEARNING_IMPORT_ANSWER_NOT_LETTERS", answer));
                    return null;
                }
                correct = letters.chars().map(c -> c - 'A').boxed().toList();
            }
            case TRUE_FALSE -> {
                Integer truth = TRUTH.get(answer);
                if (truth == null) {
                    problems.add(new RowProblem(at, QuestionSheet.ANSWER, "LEARNING_IMPORT_ANSWER_NOT_TRUE_OR_FALSE", answer));
                    return null;
                }
                correct = List.of(truth);
                options = List.of();
            }
            case FILL -> {
                accepted = Arrays.stream(answer.split("[|｜]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (accepted.size() > 5 || accepted.stream().anyMatch(a -> a.length() > MAX_ACCEPTED)) {
                    problems.add(new RowProblem(at, QuestionSheet.ANSWER, "LEARNING_IMPORT_ACCEPTED_INVALID"));
                    return null;
                }
            }
        }
        return problems.isEmpty() ? new QuestionRequest(kind, stem, options, correct, accepted, tags, difficulty, null) : null;
    }

    private static List<String> tags(String cell) {
        return cell == null ? List.of()
                : Arrays.stream(cell.split("[,，、;；]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
