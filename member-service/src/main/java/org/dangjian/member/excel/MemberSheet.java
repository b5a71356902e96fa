package org.dangjian.member.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.kit.codes.Code;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Education;
import org.dangjian.kit.excel.ImportCodes;
import org.dangjian.kit.excel.SheetLayout;
import org.dangjian.member.record.Degree;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.PartyStanding;

/**
 * The columns of the member workbook and the words in its cells. The template, the export and the
 * error file share them, so an export or a corrected error file can be imported again as it is.
 */
final class MemberSheet {
    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String ETHNICITY = "民族";
    static final String BIRTH_DATE = "出生日期";
    static final String ID_NUMBER = "身份证号";
    static final String PHONE = "手机号";
    static final String EDUCATION = "学历";
    static final String ORG_CODE = "所在组织编码";
    static final String STATUS = "人员类别";
    static final String JOIN_DATE = "入党日期";
    static final String FULL_DATE = "转正日期";
    /** GB/T 2260 code or the full name; exports write the code here and the full name beside it. */
    static final String NATIVE_PLACE = "籍贯";
    /** Written by exports for the reader; the import does not read it (籍贯 holds the code). */
    static final String NATIVE_PLACE_NAME = "籍贯名称";
    static final String DEGREE = "学位";
    /** 工作岗位 (the kit's occupations): label or code. Files from before issue 18 called the free-text column 职业. */
    static final String OCCUPATION = "工作岗位";
    /** 全日制教育 or 在职教育, beside the education code. */
    static final String EDUCATION_MODE = "学历类型";
    static final String WORK_UNIT = "工作单位";
    static final String PARTY_GROUP = "党小组";
    static final String NOTES = "备注";
    /** 是 or 否; absent in files made before issue 18, read as 否. */
    static final String MOBILE = "流动党员";
    static final String YES = "是";
    static final String MALE_CODE = "1";
    static final String FEMALE_CODE = "2";
    static final String NO = "否";

    /** The header row opens with these, exactly in this order (issue 4); the optional ones may follow anywhere. */
    static final SheetLayout LAYOUT = new SheetLayout("党员",
            List.of(NAME, GENDER, ETHNICITY, BIRTH_DATE, ID_NUMBER, PHONE, EDUCATION, ORG_CODE, STATUS, JOIN_DATE, FULL_DATE),
            List.of(NATIVE_PLACE, DEGREE, OCCUPATION, WORK_UNIT, PARTY_GROUP, NOTES, MOBILE, EDUCATION_MODE,
                    NATIVE_PLACE_NAME));
    static final ImportCodes CODES = new ImportCodes("MEMBER_IMPORT");

    /**
     * 人员类别 is the standing only (正式党员, 预备党员): mobility has its own column, and leaving, suspension
     * or arrival by transfer are recorded one by one.
     */
    static final List<PartyStanding> IMPORTABLE = List.of(PartyStanding.PROBATIONARY, PartyStanding.FULL);

    /** {@link org.dangjian.member.record.MemberRules}' field names (as in the JSON API) to the column headers. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("gender", GENDER), Map.entry("ethnicity", ETHNICITY),
            Map.entry("birthDate", BIRTH_DATE), Map.entry("idNumber", ID_NUMBER), Map.entry("phone", PHONE),
            Map.entry("standing", STATUS), Map.entry("joinDate", JOIN_DATE), Map.entry("fullDate", FULL_DATE),
            Map.entry("nativePlace", NATIVE_PLACE), Map.entry("education", EDUCATION), Map.entry("occupation", OCCUPATION));

    private MemberSheet() {
    }

    /** Position of a column in {@link #LAYOUT}, i.e. in a row's cells. */
    static int column(String header) {
        return LAYOUT.columns().indexOf(header);
    }

    /** GB/T 2261.1 code of a member's sex, as exports write it: 1 男, 2 女. */
    static String genderCode(Gender g) {
        return g == Gender.MALE ? MALE_CODE : FEMALE_CODE;
    }

    /** 男 / 女, or their GB/T 2261.1 codes 1 / 2 (the codes 0 and 9 say nothing an ID number does not). */
    static Optional<Gender> gender(String text) {
        return switch (text) {
            case "男", MALE_CODE, "男性", "MALE" -> Optional.of(Gender.MALE);
            case "女", FEMALE_CODE, "女性", "FEMALE" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    /** The sexes a member record holds, from the kit's GB/T 2261.1 table, for the template. */
    static List<Code> sexes() {
        return CodeTables.sexes().entries().stream()
                .filter(c -> c.code().equals(MALE_CODE) || c.code().equals(FEMALE_CODE)).toList();
    }

    static Optional<Education.StudyMode> educationMode(String text) {
        return Arrays.stream(Education.StudyMode.values())
                .filter(m -> m.label().equals(text) || m.name().equals(text) || m.label().startsWith(text))
                .findFirst();
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (text) {
            case YES -> Optional.of(true);
            case NO -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    static Optional<PartyStanding> standing(String text) {
        return IMPORTABLE.stream().filter(s -> s.label().equals(text) || s.name().equals(text)).findFirst();
    }

    static Optional<Degree> degree(String text) {
        return Arrays.stream(Degree.values()).filter(d -> d.label().equals(text) || d.name().equals(text))
                .findFirst();
    }

    static String statusLabels() {
        return String.join("、", IMPORTABLE.stream().map(PartyStanding::label).toList());
    }
}
