package org.dangjian.org.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the nested tree from the flat rows of one subtree, read in a single query: grouping by parent
 * in memory costs nothing next to one query per level (or per node) at 4,300 organisations.
 */
final class TreeAssembler {
    private static final Comparator<Org> DISPLAY_ORDER = Comparator
            .comparing((Org o) -> o.getSortOrder() == null ? 0 : o.getSortOrder())
            .thenComparing(Org::getId);

    private TreeAssembler() {
    }

    /**
     * @param rootId the subtree's root, which must be among {@code rows}
     * @param rows   the root and its descendants, in any order; rows whose parent is missing (outside the
     *               caller's scope, which cannot happen below a visible root) are left out
     */
    static OrgNode assemble(long rootId, List<Org> rows) {
        Map<Long, List<Org>> byParent = new HashMap<>();
        Org root = null;
        for (Org row : rows) {
            if (row.getId() == rootId) {
                root = row;
            } else if (row.getParentId() != null) {
                byParent.computeIfAbsent(row.getParentId(), k -> new ArrayList<>()).add(row);
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("root " + rootId + " is not among the rows");
        }
        byParent.values().forEach(children -> children.sort(DISPLAY_ORDER));
        return node(root, byParent);
    }

    // Depth is bounded by the tree's levels (a handful), so recursion is safe here.
    private static OrgNode node(Org org, Map<Long, List<Org>> byParent) {
        List<OrgNode> children = byParent.getOrDefault(org.getId(), List.of()).stream()
                .map(child -> node(child, byParent))
                .toList();
        return new OrgNode(org.getId(), org.getCode(), org.getName(), org.getShortName(), org.getType(),
                org.getType().label(), org.getCategory(), org.getCategory().label(), org.getStatus(),
                org.getStatus().label(), org.getSortOrder() == null ? 0 : org.getSortOrder(), children);
    }
}
