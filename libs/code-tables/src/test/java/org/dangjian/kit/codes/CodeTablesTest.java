package org.dangjian.kit.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeTablesTest {
    @Test
    void primarySchoolIsEducationCode80() {
        assertThat(CodeTables.education().label("80")).contains("小学教育");
        assertThat(CodeTables.education().label("81")).contains("小学毕业");
        assertThat(CodeTables.education().label("70")).contains("初级中学教育");
        assertThat(Education.PRIMARY_SCHOOL).isEqualTo("80");
    }

    @Test
    void educationIsGbT4658InFullWithLevelAndCompletionReadFromTheCode() {
        assertThat(CodeTables.education().size()).isEqualTo(40);
        assertThat(CodeTables.education().label("21")).contains("大学本科毕业");
        assertThat(CodeTables.education().label("11")).contains("博士研究生毕业");
        assertThat(Education.level("23")).get().extracting(Code::label).isEqualTo("大学本科教育");
        assertThat(Education.completion("21")).contains(Education.Completion.GRADUATED);
        assertThat(Education.completion("22")).contains(Education.Completion.COMPLETED_WITHOUT_DIPLOMA);
        assertThat(Education.completion("83")).contains(Education.Completion.LEFT_BEFORE_THE_END);
        assertThat(Education.completion("20")).as("a level heading says nothing of completion").isEmpty();
        assertThat(Education.StudyMode.IN_SERVICE.label()).isEqualTo("在职教育");
    }

    @Test
    void ethnicitiesAreGbT3304WithOtherAndForeignOrigin() {
        assertThat(CodeTables.ethnicities().size()).isEqualTo(58);
        assertThat(CodeTables.ethnicities().label("01")).contains("汉族");
        assertThat(CodeTables.ethnicities().label("56")).contains("基诺族");
        assertThat(CodeTables.ethnicities().label("97")).contains("其他");
        assertThat(CodeTables.ethnicities().label("98")).contains("外国血统中国籍人士");
        assertThat(CodeTables.ethnicities().codeOf("满族")).contains("11");
    }

    @Test
    void sexIsCodedAsGbT2261() {
        assertThat(CodeTables.sexes().entries()).extracting(Code::code).containsExactly("0", "1", "2", "9");
        assertThat(CodeTables.sexes().codeOf("男")).contains("1");
        assertThat(CodeTables.sexes().codeOf("女")).contains("2");
        assertThat(CodeTables.sexes().find("2")).get().satisfies(
                f -> assertThat(f.attribute("standardName")).contains("女性"));
    }

    @Test
    void occupationIsACodedListAndTheDuesGroupFollowsFromIt() {
        assertThat(CodeTables.occupations().size()).isEqualTo(9);
        assertThat(CodeTables.occupations().codeOf("离退休人员")).contains("08");
        assertThat(CodeTables.occupations().find("08").flatMap(o -> o.attribute("duesGroup"))).contains("RETIRED");
        assertThat(CodeTables.occupations().find("02").flatMap(o -> o.attribute("duesGroup"))).contains("FARMER");
        assertThat(CodeTables.occupations().find("06").flatMap(o -> o.attribute("duesGroup"))).contains("STUDENT");
    }

    @Test
    void theTransferReasonIsCoded() {
        assertThat(CodeTables.transferReasons().size()).isEqualTo(10);
        assertThat(CodeTables.transferReasons().labels())
                .contains("工作调动", "升学", "毕业", "入伍", "退出现役", "离退休", "迁居", "其他");
        assertThat(CodeTables.transferReasons().codeOf("工作调动")).contains("01");
    }

    @Test
    void stateOwnedEnterpriseIsAnOrganisationCategory() {
        assertThat(CodeTables.orgCategories().size()).isEqualTo(10);
        assertThat(CodeTables.orgCategories().label("STATE_OWNED_ENTERPRISE")).contains("国有企业");
        assertThat(CodeTables.orgCategories().find("ENTERPRISE").flatMap(c -> c.attribute("statisticalGroup")))
                .contains("非公有制企业");
        assertThat(CodeTables.orgCategories().labels()).contains("机关", "事业单位", "学校", "社会组织", "村", "社区", "其他");
    }

    @Test
    void everyTableNamesItsSource() {
        for (CodeTable table : new CodeTable[] {CodeTables.education(), CodeTables.ethnicities(), CodeTables.sexes(),
                CodeTables.occupations(), CodeTables.transferReasons(), CodeTables.orgCategories()}) {
            assertThat(table.name()).isNotBlank();
            assertThat(table.source()).isNotBlank();
        }
    }
}
