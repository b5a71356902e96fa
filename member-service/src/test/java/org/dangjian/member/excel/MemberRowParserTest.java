package org.dangjian.member.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.excel.ImportRejectedException;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetDates;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.PartyStanding;
import org.junit.jupiter.api.Test;

/** The row-level and file-level checks, without Spring or a database. */
class MemberRowParserTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final OrgRef BRANCH = new OrgRef(7, 3L, "/1/3/7/", "KS-001", "城北支部", "BRANCH", "ACTIVE");
    static final OrgRef TOWN = new OrgRef(3, 1L, "/1/3/", "KS", "玉山镇党委", "COMMITTEE", "ACTIVE");

    final MemberRowParser parser = new MemberRowParser(TODAY, joinDate -> 18);

    @Test
    void aGoodRowBecomesADraftWithCodesAndEnums() {
        List<RowProblem> problems = new ArrayList<>();
        ParsedRow row = parser.parse(row(2, MemberXlsx.member("张三", MemberXlsx.newIdNumber(true), "KS-001")), problems);
        assertThat(problems).isEmpty();
        assertThat(row.draft().gender()).isEqualTo(Gender.MALE);
        assertThat(row.draft().ethnicity()).isEqualTo("01");
        assertThat(row.draft().education()).isEqualTo("21");
        assertThat(row.draft().standing()).isEqualTo(PartyStanding.FULL);
        assertThat(row.orgCode()).isEqualTo("KS-001");
    }

    @Test
    void eachBadCellIsReportedUnderItsColumnAndRuleProblemsUnderTheirHeader() {
        List<Object> cells = MemberXlsx.member("李四", MemberXlsx.newIdNumber(false), "KS-001");
        cells.set(1, "男"); // disagrees with a woman's ID number: MemberRules' "gender" field
        cells.set(2, "火星族");
        cells.set(6, "博士后");
        cells.set(9, "2020-13-01");
        cells.set(12, "院士");
        cells.set(0, null);
        List<RowProblem> problems = new ArrayList<>();
        parser.parse(row(5, cells), problems);
        assertThat(problems).extracting(p -> p.column() + " " + p.code()).containsExactlyInAnyOrder(
                "姓名 MEMBER_IMPORT_REQUIRED", "性别 MEMBER_GENDER_DISAGREES", "民族 MEMBER_IMPORT_ETHNICITY_INVALID",
                "学历 MEMBER_IMPORT_EDUCATION_INVALID", "入党日期 MEMBER_IMPORT_DATE_INVALID", "学位 MEMBER_IMPORT_DEGREE_INVALID");
        assertThat(problems).allMatch(p -> p.row() == 5);
    }

    @Test
    void datesComeInTheShapesSpreadsheetsProduce() {
        assertThat(SheetDates.parse("2021-07-01")).contains(LocalDate.of(2021, 7, 1));
        assertThat(SheetDates.parse("2021/7/1")).contains(LocalDate.of(2021, 7, 1));
        assertThat(SheetDates.parse("2021年7月1日")).contains(LocalDate.of(2021, 7, 1));
        assertThat(SheetDates.parse("2021-07-01 00:00:00")).contains(LocalDate.of(2021, 7, 1));
        assertThat(SheetDates.parse("44378")).contains(LocalDate.of(2021, 7, 1));
        assertThat(SheetDates.parse("2021-02-30")).isEmpty();
        assertThat(SheetDates.parse("七月一日")).isEmpty();
    }

    @Test
    void bothRowsOfARepeatedNumberAndUnknownOrNonBranchOrganisationsAreReported() {
        String id = MemberXlsx.newIdNumber(true);
        String onRecord = MemberXlsx.newIdNumber(false);
        List<RowProblem> problems = new ArrayList<>();
        List<ParsedRow> rows = parser.parseAll(List.of(
                row(2, MemberXlsx.member("甲", id, "KS-001")),
                row(3, MemberXlsx.member("乙", onRecord, "KS-001")),
                row(4, MemberXlsx.member("丙", MemberXlsx.newIdNumber(true), "KS")),
                row(5, MemberXlsx.member("丁", MemberXlsx.newIdNumber(true), "ELSEWHERE")),
                row(6, MemberXlsx.member("甲", id.toLowerCase(), "KS-001"))), problems);
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () ->
                new MemberImportCheck(Set.of(onRecord), Set.of(), Map.of("KS-001", BRANCH, "KS", TOWN)).check(rows, problems));
        assertThat(rejected.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.code()).containsExactly(
                "2 身份证号 MEMBER_IMPORT_ID_DUPLICATE", "3 身份证号 MEMBER_ID_NUMBER_EXISTS",
                "4 所在组织编码 ORG_DOES_NOT_HOLD_MEMBERS", "5 所在组织编码 MEMBER_IMPORT_ORG_UNKNOWN",
                "6 身份证号 MEMBER_IMPORT_ID_DUPLICATE");
        assertThat(rejected.problems().get(0).args()).containsExactly("6");
        assertThat(rejected.rows()).hasSize(5);
    }

    private static SheetRow row(int number, List<Object> cells) {
        return new SheetRow(number, cells.stream().map(c -> c == null ? null : c.toString()).toList());
    }
}
