package org.dangjian.org.excel;

import java.util.List;
import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgType;

/**
 * A validated file, grouped by level: level 0 hangs under organisations that already exist, level
 * {@code n} under rows of level {@code n - 1}. Applying the levels in order inserts parents first.
 */
record ImportPlan(List<List<Entry>> levels, int size) {

    /** An existing organisation a row may hang under. */
    record Parent(long id, String path, int depth, OrgType type) {
    }

    /** A good row; {@code existingParent} is set on level 0, {@code parentCode} names a file row otherwise. */
    record Entry(OrgRow row, OrgType type, OrgCategory category, int sortOrder, Parent existingParent,
                 String parentCode) {
    }
}
