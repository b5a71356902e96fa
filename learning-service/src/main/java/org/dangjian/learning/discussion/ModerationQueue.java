package org.dangjian.learning.discussion;

/** Which posts an administrator looks at. */
public enum ModerationQueue {
    REPORTED("被举报"),
    HIDDEN("已屏蔽"),
    ALL("全部");

    private final String label;

    ModerationQueue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
