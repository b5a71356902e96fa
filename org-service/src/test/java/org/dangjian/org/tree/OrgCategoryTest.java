package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.dangjian.kit.codes.Code;
import org.dangjian.kit.codes.CodeTables;
import org.junit.jupiter.api.Test;

class OrgCategoryTest {
    @Test
    void stateOwnedEnterpriseIsAnOrganisationCategory() {
        assertThat(OrgCategory.STATE_OWNED_ENTERPRISE.label()).isEqualTo("国有企业");
        assertThat(OrgCategory.STATE_OWNED_ENTERPRISE.statisticalGroup()).isEqualTo("公有制企业");
        assertThat(OrgCategory.ENTERPRISE.label()).isEqualTo("非公有制企业");
        assertThat(OrgCategory.SCHOOL.statisticalGroup()).as("schools count as public institutions").isEqualTo("事业单位");
    }

    @Test
    void theCategoriesAreExactlyThoseOfTheCodeTable() {
        assertThat(Arrays.stream(OrgCategory.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(CodeTables.orgCategories().entries().stream().map(Code::code).toList());
    }

    @Test
    void categoriesAreReadByLabelByNameOrByTheirFormerLabel() {
        assertThat(OrgCategory.parse("国有企业")).contains(OrgCategory.STATE_OWNED_ENTERPRISE);
        assertThat(OrgCategory.parse("STATE_OWNED_ENTERPRISE")).contains(OrgCategory.STATE_OWNED_ENTERPRISE);
        assertThat(OrgCategory.parse("非公企业")).contains(OrgCategory.ENTERPRISE);
        assertThat(OrgCategory.parse("火星")).isEmpty();
    }
}
