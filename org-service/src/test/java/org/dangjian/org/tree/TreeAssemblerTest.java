package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreeAssemblerTest {

    @Test
    void rowsInAnyOrderBecomeANestedTreeInDisplayOrder() {
        List<Org> rows = List.of(
                org(30, 20, "二支部", 2),
                org(31, 20, "一支部", 1),
                org(20, 10, "总支", 0),
                org(10, 1, "镇党委", 0),
                org(32, 20, "三支部", 2));

        OrgNode town = TreeAssembler.assemble(10, rows);

        assertThat(town.name()).isEqualTo("镇党委");
        assertThat(town.children()).extracting(OrgNode::name).containsExactly("总支");
        assertThat(town.children().get(0).children()).extracting(OrgNode::name)
                .as("by sort order, then by id").containsExactly("一支部", "二支部", "三支部");
        assertThat(town.children().get(0).children().get(0).children()).isEmpty();
    }

    @Test
    void theRootMustBeAmongTheRows() {
        assertThatThrownBy(() -> TreeAssembler.assemble(99, List.of(org(10, 1, "镇党委", 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Org org(long id, long parentId, String name, int sortOrder) {
        Org org = new Org();
        org.setId(id);
        org.setParentId(parentId);
        org.setName(name);
        org.setSortOrder(sortOrder);
        org.setType(OrgType.BRANCH);
        org.setCategory(OrgCategory.VILLAGE);
        org.setStatus(OrgStatus.ACTIVE);
        return org;
    }
}
