package org.dangjian.org.tree;

/** An organisation as clients see it. */
public record OrgView(long id, Long parentId, String path, int depth, String code, String name, String shortName,
                      OrgType type, String typeLabel, OrgCategory category, String categoryLabel, int sortOrder,
                      String status) {

    static OrgView of(Org o) {
        return new OrgView(o.getId(), o.getParentId(), o.getPath(), o.getDepth(), o.getCode(), o.getName(),
                o.getShortName(), o.getType(), o.getType().label(), o.getCategory(), o.getCategory().label(),
                o.getSortOrder() == null ? 0 : o.getSortOrder(), o.getStatus());
    }
}
