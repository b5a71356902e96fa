package org.dangjian.learning.hours;

/** Which of the training plan's yearly requirements a member's class hours are measured against. */
public enum Requirement {
    MEMBER("党员"),
    LEADER("党组织书记和班子成员");

    private final String label;

    Requirement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
