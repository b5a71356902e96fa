package org.dangjian.org.tree;

/** Where an organisation sits in society; the Chinese names are display labels. */
public enum OrgCategory {
    TOWN("区镇"),
    VILLAGE("村"),
    COMMUNITY("社区"),
    GOVERNMENT("机关"),
    INSTITUTION("事业单位"),
    ENTERPRISE("非公企业"),
    SOCIAL("社会组织");

    private final String label;

    OrgCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
