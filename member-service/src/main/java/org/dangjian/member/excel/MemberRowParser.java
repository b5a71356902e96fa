package org.dangjian.member.excel;

import static org.dangjian.member.excel.MemberSheet.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.codes.Education;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.member.record.Degree;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MemberDraft;
import org.dangjian.member.record.MemberRules;
import org.dangjian.member.record.PartyStanding;
import org.dangjian.member.record.codes.MemberCodes;
import org.dangjian.member.record.codes.OccupationWords;
import org.dangjian.member.record.codes.RegionNames;
import org.dangjian.member.rules.MinimumAge;

/**
 * Reads each row's cells into a {@link MemberDraft} and runs {@link MemberRules} on it, the checks every
 * way of registering shares. Coded cells (民族, 学历, 籍贯, 工作岗位) take the code or the kit's name, looked up in
 * the kit's in-memory tables (no per-row query, whatever the file's size). Plain code: what needs the database (duplicates, organisations) is
 * {@link MemberImportCheck}'s.
 */
final class MemberRowParser {
    private final LocalDate today;
    private final MinimumAge minimumAge;

    MemberRowParser(LocalDate today, MinimumAge minimumAge) {
        this.today = today;
        this.minimumAge = minimumAge;
    }

    /** Every row read; each problem found goes to {@code problems}. */
    List<ParsedRow> parseAll(List<SheetRow> rows, List<RowProblem> problems) {
        List<ParsedRow> parsed = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            parsed.add(parse(row, problems));
        }
        return parsed;
    }

    ParsedRow parse(SheetRow row, List<RowProblem> problems) {
        int first = problems.size();
        RowCells c = new RowCells(row, problems);
        String name = c.text(NAME, 50, true);
        Gender gender = c.choice(GENDER, true, MemberSheet::gender, "MEMBER_IMPORT_GENDER_INVALID");
        String ethnicity = c.choice(ETHNICITY, false, MemberCodes::ethnicity, "MEMBER_IMPORT_ETHNICITY_INVALID");
        LocalDate birthDate = c.date(BIRTH_DATE, true);
        String idNumber = c.text(ID_NUMBER, 18, true);
        String phone = c.text(PHONE, 11, false);
        String education = c.choice(EDUCATION, false, MemberCodes::education, "MEMBER_IMPORT_EDUCATION_INVALID");
        Education.StudyMode educationMode = c.choice(EDUCATION_MODE, false, MemberSheet::educationMode,
                "MEMBER_IMPORT_EDUCATION_MODE_INVALID");
        String orgCode = c.text(ORG_CODE, 64, true);
        PartyStanding standing = c.choice(STATUS, true, MemberSheet::standing, "MEMBER_IMPORT_STATUS_INVALID", statusLabels());
        LocalDate joinDate = c.date(JOIN_DATE, true);
        LocalDate fullDate = c.date(FULL_DATE, false);
        String nativePlace = c.choice(NATIVE_PLACE, false, RegionNames::codeOf, "MEMBER_IMPORT_NATIVE_PLACE_INVALID");
        Degree degree = c.choice(DEGREE, false, MemberSheet::degree, "MEMBER_IMPORT_DEGREE_INVALID");
        String occupation = c.choice(OCCUPATION, false, OccupationWords::codeOf, "MEMBER_IMPORT_OCCUPATION_INVALID");
        String workUnit = c.text(WORK_UNIT, 100, false);
        String partyGroup = c.text(PARTY_GROUP, 50, false);
        String notes = c.text(NOTES, 500, false);
        Boolean mobile = c.choice(MOBILE, false, MemberSheet::yesNo, "MEMBER_IMPORT_MOBILE_INVALID");
        // The organisation is resolved for the whole file later; the draft's id is not used on this path.
        MemberDraft draft = new MemberDraft(0L, partyGroup, name, gender, ethnicity != null ? ethnicity : MemberCodes.HAN,
                birthDate, nativePlace, idNumber, phone, education, educationMode, degree, occupation, workUnit, standing,
                Boolean.TRUE.equals(mobile), false, joinDate, fullDate, notes);
        List<String> reported = problems.subList(first, problems.size()).stream().map(RowProblem::column).toList();
        for (FieldProblem p : MemberRules.check(draft, today, minimumAge)) {
            String column = COLUMN_OF_FIELD.getOrDefault(p.field(), p.field());
            // A cell that could not be read is reported once, not again as, say, "ID number invalid".
            if (!reported.contains(column)) {
                problems.add(new RowProblem(row.rowNumber(), column, p.message()));
            }
        }
        return new ParsedRow(row, draft, orgCode);
    }
}
