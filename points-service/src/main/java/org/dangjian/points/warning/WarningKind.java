package org.dangjian.points.warning;

/** Why a member is watched: no organisational life, or dues unpaid, for some months in a row. */
public enum WarningKind {
    NO_ORG_LIFE("连续未参加组织生活"),
    DUES_UNPAID("连续未交纳党费");

    private final String label;

    WarningKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
