package org.dangjian.org.excel;

import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgType;

/** One organisation of a subtree listing, with its parent's code (what the export's third column needs). */
public class SubtreeRow {
    private long id;
    private Long parentId;
    private String path;
    private String code;
    private String name;
    private String shortName;
    private OrgType type;
    private OrgCategory category;
    private int sortOrder;
    private String parentCode;

    public long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public OrgType getType() {
        return type;
    }

    public OrgCategory getCategory() {
        return category;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getParentCode() {
        return parentCode;
    }
}
