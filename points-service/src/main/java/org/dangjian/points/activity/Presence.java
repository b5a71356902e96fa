package org.dangjian.points.activity;

/** Whether a member attended: present, absent without excuse, or excused by the branch. */
public enum Presence {
    PRESENT("出席"),
    ABSENT("缺席"),
    EXCUSED("请假");

    private final String label;

    Presence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
