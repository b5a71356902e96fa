package org.dangjian.transfer.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.kit.orgs.OrgRef;
import org.junit.jupiter.api.Test;

/**
 * Which levels approve, derived from the tree:
 * <pre>
 * city 1
 * ├─ town 10: branches 11, 12; general branch 13 ─ branch 14
 * ├─ town 20: branch 21
 * └─ town 30 (dissolved): branch 31
 * </pre>
 */
class ApprovalChainTest {
    private static final Set<String> COMMITTEES = Set.of("COMMITTEE", "WORKING_COMMITTEE");

    private static final OrgRef CITY = org(1, null, "/1/", "COMMITTEE");
    private static final OrgRef TOWN1 = org(10, 1L, "/1/10/", "COMMITTEE");
    private static final OrgRef BRANCH11 = org(11, 10L, "/1/10/11/", "BRANCH");
    private static final OrgRef BRANCH12 = org(12, 10L, "/1/10/12/", "BRANCH");
    private static final OrgRef GENERAL13 = org(13, 10L, "/1/10/13/", "GENERAL_BRANCH");
    private static final OrgRef BRANCH14 = org(14, 13L, "/1/10/13/14/", "BRANCH");
    private static final OrgRef TOWN2 = org(20, 1L, "/1/20/", "COMMITTEE");
    private static final OrgRef BRANCH21 = org(21, 20L, "/1/20/21/", "BRANCH");
    private static final OrgRef TOWN3 = new OrgRef(30, 1L, "/1/30/", null, "org30", "COMMITTEE", "DISSOLVED");
    private static final OrgRef BRANCH31 = org(31, 30L, "/1/30/31/", "BRANCH");

    private final ApprovalChain committees = new ApprovalChain(COMMITTEES, false);

    @Test
    void within_one_town_only_that_town_approves() {
        assertThat(ids(committees, BRANCH11, BRANCH12)).containsExactly(10L);
    }

    @Test
    void across_towns_the_sending_town_approves_then_the_receiving_town() {
        assertThat(ids(committees, BRANCH11, BRANCH21)).containsExactly(10L, 20L);
        assertThat(ids(committees, BRANCH21, BRANCH11)).containsExactly(20L, 10L);
    }

    @Test
    void out_of_the_city_every_level_approves_nearest_first() {
        assertThat(ids(committees, BRANCH11, null)).containsExactly(10L, 1L);
    }

    @Test
    void into_the_city_every_level_approves_from_the_city_down() {
        assertThat(ids(committees, null, BRANCH21)).containsExactly(1L, 20L);
    }

    @Test
    void general_branches_do_not_approve_by_default() {
        assertThat(ids(committees, BRANCH14, BRANCH21)).containsExactly(10L, 20L);
        assertThat(ids(committees, BRANCH14, BRANCH11)).as("their common town approves").containsExactly(10L);
        assertThat(ids(committees, BRANCH14, null)).containsExactly(10L, 1L);
    }

    @Test
    void general_branches_approve_when_configured_nearest_level_first() {
        ApprovalChain withGeneral = new ApprovalChain(Set.of("COMMITTEE", "GENERAL_BRANCH"), false);
        assertThat(ids(withGeneral, BRANCH14, BRANCH21)).containsExactly(13L, 10L, 20L);
        assertThat(ids(withGeneral, null, BRANCH14)).containsExactly(1L, 10L, 13L);
        assertThat(ids(withGeneral, BRANCH14, BRANCH11))
                .as("a level below the common town already approves, so the town does not")
                .containsExactly(13L);
    }

    @Test
    void dissolved_levels_are_skipped() {
        assertThat(ids(committees, BRANCH31, BRANCH11)).containsExactly(10L);
        assertThat(ids(committees, BRANCH31, null)).containsExactly(1L);
    }

    @Test
    void the_common_ancestor_approves_between_the_two_sides_when_configured_always() {
        ApprovalChain always = new ApprovalChain(COMMITTEES, true);
        assertThat(ids(always, BRANCH11, BRANCH21)).containsExactly(10L, 1L, 20L);
        assertThat(ids(always, BRANCH11, BRANCH12)).containsExactly(10L);
        assertThat(ids(new ApprovalChain(Set.of("COMMITTEE", "GENERAL_BRANCH"), true), BRANCH14, BRANCH11))
                .containsExactly(13L, 10L);
    }

    @Test
    void the_ids_to_load_are_every_organisation_above_either_end() {
        assertThat(ApprovalChain.idsAbove(BRANCH14, BRANCH21)).containsExactlyInAnyOrder(1L, 10L, 13L, 20L);
        assertThat(ApprovalChain.idsAbove(null, BRANCH21)).containsExactly(1L, 20L);
    }

    private static List<Long> ids(ApprovalChain chain, OrgRef from, OrgRef to) {
        Map<Long, OrgRef> orgs = Stream.of(CITY, TOWN1, BRANCH11, BRANCH12, GENERAL13, BRANCH14, TOWN2, BRANCH21,
                TOWN3, BRANCH31).collect(Collectors.toMap(OrgRef::orgId, Function.identity()));
        Map<Long, OrgRef> above = ApprovalChain.idsAbove(from, to).stream()
                .collect(Collectors.toMap(Function.identity(), orgs::get));
        return chain.derive(from, to, above).stream().map(OrgRef::orgId).toList();
    }

    private static OrgRef org(long id, Long parent, String path, String type) {
        return new OrgRef(id, parent, path, null, "org" + id, type, "ACTIVE");
    }
}
