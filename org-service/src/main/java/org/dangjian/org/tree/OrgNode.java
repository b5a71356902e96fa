package org.dangjian.org.tree;

import java.util.List;

/** One organisation in the nested tree, with its children in display order. */
public record OrgNode(long id, String code, String name, String shortName, OrgType type, String typeLabel,
                      OrgCategory category, String categoryLabel, OrgStatus status, String statusLabel,
                      int sortOrder, List<OrgNode> children) {
}
