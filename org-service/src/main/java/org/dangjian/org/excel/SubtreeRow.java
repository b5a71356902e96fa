package org.dangjian.org.excel;

import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgType;

/** One organisation of a subtree listing, with its parent's code (what the export's third column needs). */
public record SubtreeRow(long id, Long parentId, String path, String code, String name, String shortName,
                         OrgType type, OrgCategory category, int sortOrder, String parentCode) {
}
