package org.dangjian.org.tree;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Active descendants of an organisation (itself not counted), by type and by category. Every type and
 * category is listed, zeros included, in the enums' order, so a chart or a table needs no filling in.
 * {@code members} is the organisation's own members as member-service has announced them.
 */
public record OrgStats(long orgId, int total, List<TypeCount> byType, List<CategoryCount> byCategory,
                       int members) {

    public record TypeCount(OrgType type, String label, int count) {
    }

    public record CategoryCount(OrgCategory category, String label, int count) {
    }

    /** One row of the GROUP BY query. */
    record Row(String type, String category, long count) {
    }

    static OrgStats of(long orgId, List<Row> rows) {
        return of(orgId, rows, 0);
    }

    static OrgStats of(long orgId, List<Row> rows, int members) {
        Map<OrgType, Integer> types = new EnumMap<>(OrgType.class);
        Map<OrgCategory, Integer> categories = new EnumMap<>(OrgCategory.class);
        int total = 0;
        for (Row row : rows) {
            int count = Math.toIntExact(row.count());
            types.merge(OrgType.valueOf(row.type()), count, Integer::sum);
            categories.merge(OrgCategory.valueOf(row.category()), count, Integer::sum);
            total += count;
        }
        List<TypeCount> byType = java.util.Arrays.stream(OrgType.values())
                .map(t -> new TypeCount(t, t.label(), types.getOrDefault(t, 0))).toList();
        List<CategoryCount> byCategory = java.util.Arrays.stream(OrgCategory.values())
                .map(c -> new CategoryCount(c, c.label(), categories.getOrDefault(c, 0))).toList();
        return new OrgStats(orgId, total, byType, byCategory, members);
    }
}
