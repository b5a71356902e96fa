package org.dangjian.member.record.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MemberDraft;
import org.dangjian.member.record.PartyStanding;
import org.junit.jupiter.api.Test;

/** The member record's codes read from what people type, against the kit's tables; plain Java. */
class MemberCodesTest {

    @Test
    void nativePlaceIsAGbT2260RegionCode() {
        assertThat(RegionNames.codeOf("320583")).contains("320583");
        assertThat(RegionNames.codeOf("江苏省苏州市昆山市")).contains("320583");
        assertThat(RegionNames.codeOf("江苏省 苏州市 昆山市")).as("spaces between the levels").contains("320583");
        assertThat(RegionNames.codeOf("北京市东城区")).as("a municipality's districts skip 市辖区").contains("110101");
        assertThat(RegionNames.codeOf("329999")).as("the shape of a code is not enough").isEmpty();
        assertThat(RegionNames.codeOf("江苏昆山")).as("the import takes full names only").isEmpty();
        assertThat(RegionNames.fullName("320583")).contains("江苏省苏州市昆山市");
        assertThat(problems(draft("320583", null, null))).isEmpty();
        assertThat(problems(draft("991234", null, null))).containsExactly("nativePlace MEMBER_NATIVE_PLACE_UNKNOWN");
    }

    @Test
    void oldFreeTextIsReadAsARegionOnlyWhenExactlyOneFits() {
        assertThat(RegionNames.recognise("江苏昆山")).contains("320583");
        assertThat(RegionNames.recognise("江苏省昆山市")).contains("320583");
        assertThat(RegionNames.recognise("昆山市")).contains("320583");
        assertThat(RegionNames.recognise("江苏苏州")).contains("320500");
        assertThat(RegionNames.recognise("安徽阜阳")).contains("341200");
        assertThat(RegionNames.recognise("上海")).contains("310000");
        assertThat(RegionNames.recognise("广西南宁")).contains("450100");
        assertThat(RegionNames.recognise("朝阳区")).as("Beijing's and Changchun's").isEmpty();
        assertThat(RegionNames.recognise("鼓楼")).isEmpty();
        assertThat(RegionNames.recognise("火星")).isEmpty();
    }

    @Test
    void primarySchoolIsEducationCode80() {
        assertThat(MemberCodes.education("80")).contains("80");
        assertThat(MemberCodes.education("小学教育")).contains("80");
        assertThat(MemberCodes.education("小学")).as("the short label used before").contains("80");
        assertThat(MemberCodes.education("81")).contains("81");
        assertThat(MemberCodes.educationName("80")).isEqualTo("小学教育");
        assertThat(MemberCodes.education("大学本科毕业")).contains("21");
        assertThat(MemberCodes.education("初中及以下")).as("the old band had nothing finer than its level").contains("70");
        assertThat(MemberCodes.education("博士后")).isEmpty();
        assertThat(problems(draft(null, "72", null))).as("72 is not a GB/T 4658 code")
                .containsExactly("education MEMBER_EDUCATION_UNKNOWN");
    }

    @Test
    void ethnicityFollowsGbT3304WithOtherAndForeignOrigin() {
        assertThat(MemberCodes.ethnicity("回族")).contains("03");
        assertThat(MemberCodes.ethnicity("回")).contains("03");
        assertThat(MemberCodes.ethnicity("97")).contains("97");
        assertThat(MemberCodes.ethnicity("外国血统中国籍人士")).contains("98");
        assertThat(MemberCodes.ethnicityName("97")).isEqualTo("其他");
        assertThat(MemberCodes.ethnicity("99")).isEmpty();
        assertThat(MemberCodes.ethnicity("火星族")).isEmpty();
    }

    @Test
    void occupationIsACodedPostFromWhichTheDuesGroupFollows() {
        assertThat(OccupationWords.codeOf("离退休人员")).contains("08");
        assertThat(OccupationWords.codeOf("08")).contains("08");
        assertThat(CodeTables.occupations().find("08").flatMap(c -> c.attribute("duesGroup"))).contains("RETIRED");
        assertThat(OccupationWords.codeOf("教师")).as("new input is a code or the table's label").isEmpty();
        assertThat(OccupationWords.recognise("教师")).as("old free text: the usual words").contains("03");
        assertThat(OccupationWords.recognise("船长")).isEmpty();
        assertThat(problems(draft(null, null, "99"))).containsExactly("occupation MEMBER_OCCUPATION_UNKNOWN");
    }

    private static MemberDraft draft(String nativePlace, String education, String occupation) {
        return new MemberDraft(7L, null, "张三", Gender.MALE, "01", LocalDate.of(1985, 6, 15), nativePlace, null, null,
                education, null, null, occupation, null, PartyStanding.FULL, false, false, LocalDate.of(2010, 7, 1),
                null, null);
    }

    private static java.util.List<String> problems(MemberDraft d) {
        return MemberCodes.check(d).stream().map(p -> p.field() + " " + p.message()).toList();
    }
}
