package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgRulesTest {

    @Test
    void anOrganisationWithChildrenMustStayAKindThatHasChildren() {
        assertThat(OrgRules.typeChangeRefusal(OrgType.BRANCH, 1, 0)).contains("ORG_TYPE_HAS_CHILDREN");
        assertThat(OrgRules.typeChangeRefusal(OrgType.JOINT_BRANCH, 3, 0)).contains("ORG_TYPE_HAS_CHILDREN");
        assertThat(OrgRules.typeChangeRefusal(OrgType.GENERAL_BRANCH, 3, 0)).isEmpty();
        assertThat(OrgRules.typeChangeRefusal(OrgType.WORKING_COMMITTEE, 3, 0)).isEmpty();
    }

    @Test
    void anOrganisationWithMembersMustStayABranch() {
        assertThat(OrgRules.typeChangeRefusal(OrgType.GENERAL_BRANCH, 0, 5)).contains("ORG_TYPE_HAS_MEMBERS");
        assertThat(OrgRules.typeChangeRefusal(OrgType.JOINT_BRANCH, 0, 5)).isEmpty();
    }

    @Test
    void anEmptyOrganisationMayTakeAnyType() {
        for (OrgType type : OrgType.values()) {
            assertThat(OrgRules.typeChangeRefusal(type, 0, 0)).isEmpty();
        }
    }

    @Test
    void dissolvingNeedsAnEmptyActiveNonRootOrganisationThatIsNotTheCallersOwn() {
        Org branch = org(7L, 3L, OrgStatus.ACTIVE);
        assertThat(OrgRules.dissolveRefusal(branch, 0, 0, 3L)).isEmpty();
        assertThat(OrgRules.dissolveRefusal(branch, 1, 0, 3L)).contains("ORG_HAS_CHILDREN");
        assertThat(OrgRules.dissolveRefusal(branch, 0, 2, 3L)).contains("ORG_HAS_MEMBERS");
        assertThat(OrgRules.dissolveRefusal(branch, 1, 2, 3L)).as("children are named first").contains("ORG_HAS_CHILDREN");
        assertThat(OrgRules.dissolveRefusal(branch, 0, 0, 7L)).contains("ORG_OWN_CANNOT_DISSOLVE");
        assertThat(OrgRules.dissolveRefusal(org(1L, null, OrgStatus.ACTIVE), 0, 0, 3L)).contains("ORG_ROOT_CANNOT_DISSOLVE");
        assertThat(OrgRules.dissolveRefusal(org(7L, 3L, OrgStatus.DISSOLVED), 0, 0, 3L)).contains("ORG_DISSOLVED");
    }

    @Test
    void aDissolvedOrganisationOrABranchIsNoParent() {
        Org committee = org(3L, 1L, OrgStatus.ACTIVE);
        assertThat(OrgRules.parentRefusal(committee)).isEmpty();
        committee.setStatus(OrgStatus.DISSOLVED);
        assertThat(OrgRules.parentRefusal(committee)).contains("ORG_PARENT_DISSOLVED");
        Org branch = org(7L, 3L, OrgStatus.ACTIVE);
        branch.setType(OrgType.BRANCH);
        assertThat(OrgRules.parentRefusal(branch)).contains("ORG_PARENT_CANNOT_HAVE_CHILDREN");
    }

    private static Org org(Long id, Long parentId, OrgStatus status) {
        Org org = new Org();
        org.setId(id);
        org.setParentId(parentId);
        org.setType(OrgType.COMMITTEE);
        org.setCategory(OrgCategory.TOWN);
        org.setStatus(status);
        return org;
    }
}
