package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgStatsTest {

    @Test
    void groupRowsAddUpByTypeAndByCategoryWithZerosListed() {
        OrgStats stats = OrgStats.of(5, List.of(
                new OrgStats.Row("BRANCH", "VILLAGE", 3),
                new OrgStats.Row("BRANCH", "ENTERPRISE", 2),
                new OrgStats.Row("GENERAL_BRANCH", "ENTERPRISE", 1)));

        assertThat(stats.total()).isEqualTo(6);
        assertThat(stats.byType()).hasSize(OrgType.values().length);
        assertThat(stats.byCategory()).as("every statistical category, zeros too").hasSize(OrgCategory.values().length);
        assertThat(stats.byType()).contains(new OrgStats.TypeCount(OrgType.BRANCH, "党支部", 5),
                new OrgStats.TypeCount(OrgType.GENERAL_BRANCH, "党总支", 1),
                new OrgStats.TypeCount(OrgType.COMMITTEE, "党委", 0));
        assertThat(stats.byCategory()).contains(new OrgStats.CategoryCount(OrgCategory.VILLAGE, "村", 3),
                new OrgStats.CategoryCount(OrgCategory.ENTERPRISE, "非公有制企业", 6 - 3),
                new OrgStats.CategoryCount(OrgCategory.STATE_OWNED_ENTERPRISE, "国有企业", 0),
                new OrgStats.CategoryCount(OrgCategory.COMMUNITY, "社区", 0));
    }

    @Test
    void likePatternsInSearchTermsAreEscaped() {
        assertThat(OrgQueries.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }
}
