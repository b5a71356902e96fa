package org.dangjian.cadre.excel;

import static org.dangjian.cadre.excel.CadreSheet.column;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.dangjian.cadre.appointment.AppointmentMethod;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.Gender;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetDates;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.identity.ResidentIdNumbers;

/**
 * Reads each row's cells on their own (formats, known words, dates, an ID number that agrees with the birth date and
 * sex typed beside it), reporting every problem of every row; what needs the database is {@link CadreImport}'s.
 */
final class CadreRowParser {
    static final String REQUIRED = "CADRE_FIELD_REQUIRED";
    static final String TOO_LONG = "CADRE_IMPORT_TOO_LONG";
    static final String SEX_INVALID = "CADRE_IMPORT_SEX_INVALID";
    static final String DATE_INVALID = "CADRE_IMPORT_DATE_INVALID";
    static final String YES_NO = "CADRE_IMPORT_YES_OR_NO";
    static final String KIND_UNKNOWN = "CADRE_IMPORT_KIND_UNKNOWN";
    static final String POSITION_UNKNOWN = "CADRE_IMPORT_POSITION_UNKNOWN";
    static final String METHOD_UNKNOWN = "CADRE_IMPORT_METHOD_UNKNOWN";
    static final String IN_FUTURE = "CADRE_DATE_IN_FUTURE";
    static final String TERM_BEFORE_START = "CADRE_TERM_ENDS_BEFORE_START";
    static final String EDUCATION_UNKNOWN = "CADRE_EDUCATION_UNKNOWN";
    static final String MEMBER_DETAILS = "CADRE_MEMBER_DETAILS_FROM_RECORD";
    static final String ID_INVALID = "CADRE_ID_NUMBER_INVALID";
    static final String ID_MISMATCH = "CADRE_ID_NUMBER_MISMATCH";
    static final String PHONE_INVALID = "CADRE_PHONE_INVALID";

    private final LocalDate today;

    CadreRowParser(LocalDate today) {
        this.today = today;
    }

    /** The rows without a problem of their own; {@code problems} gets the others'. */
    List<CadreRow> parseAll(List<SheetRow> rows, List<RowProblem> problems) {
        List<CadreRow> parsed = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            int before = problems.size();
            CadreRow read = parse(row, problems);
            if (problems.size() == before) {
                parsed.add(read);
            }
        }
        return parsed;
    }

    private CadreRow parse(SheetRow row, List<RowProblem> problems) {
        Cells cells = new Cells(row, problems);
        String name = cells.required(CadreSheet.NAME, Optional::of);
        if (name != null && name.length() > 50) {
            cells.problem(CadreSheet.NAME, TOO_LONG, 50);
        }
        Gender sex = cells.required(CadreSheet.SEX, text -> CadreSheet.sex(text), SEX_INVALID);
        LocalDate born = cells.required(CadreSheet.BIRTH_DATE, SheetDates::parse, DATE_INVALID);
        if (born != null && !born.isBefore(today)) {
            cells.problem(CadreSheet.BIRTH_DATE, IN_FUTURE);
        }
        Boolean member = cells.required(CadreSheet.MEMBER, CadreSheet::yesNo, YES_NO);
        String orgCode = cells.required(CadreSheet.ORG_CODE, Optional::of);
        Position position = cells.required(CadreSheet.POSITION, CadreSheet::position, POSITION_UNKNOWN,
                CadreSheet.positionLabels());
        Boolean holds = cells.required(CadreSheet.KIND, CadreSheet::holds, KIND_UNKNOWN);
        AppointmentMethod method = Boolean.TRUE.equals(holds)
                ? cells.required(CadreSheet.METHOD, CadreSheet::method, METHOD_UNKNOWN, CadreSheet.methodLabels())
                : null;
        LocalDate startsOn = cells.required(CadreSheet.STARTS_ON, SheetDates::parse, DATE_INVALID);
        if (startsOn != null && startsOn.isAfter(today)) {
            cells.problem(CadreSheet.STARTS_ON, IN_FUTURE);
        }
        LocalDate termEndsOn = Boolean.TRUE.equals(holds)
                ? cells.optional(CadreSheet.TERM_ENDS_ON, SheetDates::parse, DATE_INVALID) : null;
        if (termEndsOn != null && startsOn != null && !termEndsOn.isAfter(startsOn)) {
            cells.problem(CadreSheet.TERM_ENDS_ON, TERM_BEFORE_START);
        }
        String education = null;
        String idNumber = null;
        String phone = null;
        if (Boolean.TRUE.equals(member)) {
            for (String typed : List.of(CadreSheet.EDUCATION, CadreSheet.ID_NUMBER, CadreSheet.PHONE)) {
                if (cells.text(typed) != null) {
                    cells.problem(typed, MEMBER_DETAILS);
                }
            }
        } else {
            education = cells.optional(CadreSheet.EDUCATION, CadreRowParser::education, EDUCATION_UNKNOWN);
            idNumber = idNumber(cells, born, sex);
            phone = cells.optional(CadreSheet.PHONE, text -> Optional.of(text).filter(t -> t.matches("1[3-9]\\d{9}")),
                    PHONE_INVALID);
        }
        return new CadreRow(row.rowNumber(), name, sex, born, Boolean.TRUE.equals(member), orgCode, position,
                Boolean.TRUE.equals(holds), method, startsOn, termEndsOn, education, idNumber, phone);
    }

    /** A GB/T 4658 code (21) or its name (大学本科毕业). */
    private static Optional<String> education(String text) {
        if (CodeTables.education().isValid(text)) {
            return Optional.of(text);
        }
        return CodeTables.education().codeOf(text);
    }

    private static String idNumber(Cells cells, LocalDate born, Gender sex) {
        String text = cells.text(CadreSheet.ID_NUMBER);
        if (text == null) {
            return null;
        }
        String id = text.toUpperCase(Locale.ROOT);
        if (!ResidentIdNumbers.isValid(id)) {
            cells.problem(CadreSheet.ID_NUMBER, ID_INVALID);
            return null;
        }
        if (born != null && sex != null && (!born.equals(ResidentIdNumbers.birthDate(id).orElse(null))
                || ResidentIdNumbers.isMale(id) != (sex == Gender.MALE))) {
            cells.problem(CadreSheet.ID_NUMBER, ID_MISMATCH);
        }
        return id;
    }

    /** A row's cells by header, each problem reported against the row and column the user sees. */
    private record Cells(SheetRow row, List<RowProblem> problems) {
        String text(String header) {
            return row.cell(column(header));
        }

        void problem(String header, String code, Object... args) {
            problems.add(new RowProblem(row.rowNumber(), header, code, args));
        }

        <T> T required(String header, Function<String, Optional<T>> read, String invalid, Object... args) {
            if (text(header) == null) {
                problem(header, REQUIRED);
                return null;
            }
            return optional(header, read, invalid, args);
        }

        String required(String header, Function<String, Optional<String>> read) {
            return required(header, read, REQUIRED);
        }

        <T> T optional(String header, Function<String, Optional<T>> read, String invalid, Object... args) {
            String text = text(header);
            if (text == null) {
                return null;
            }
            Optional<T> value = read.apply(text);
            if (value.isEmpty()) {
                // the message names what was typed unless it names something else (the words allowed)
                problem(header, invalid, args.length == 0 ? new Object[] {text} : args);
            }
            return value.orElse(null);
        }
    }
}
