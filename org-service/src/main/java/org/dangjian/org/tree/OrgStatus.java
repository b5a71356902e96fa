package org.dangjian.org.tree;

/** Whether an organisation still works; a dissolved one stays in the tree for history, read-only. */
public enum OrgStatus {
    ACTIVE("正常"),
    DISSOLVED("已撤销");

    private final String label;

    OrgStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
