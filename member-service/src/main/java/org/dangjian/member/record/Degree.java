package org.dangjian.member.record;

/** Academic degree, separate from education (a college graduate may hold none). */
public enum Degree {
    DOCTOR("博士"), MASTER("硕士"), BACHELOR("学士"), NONE("无");

    private final String label;

    Degree(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
