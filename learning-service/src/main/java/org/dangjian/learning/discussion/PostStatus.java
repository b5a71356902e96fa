package org.dangjian.learning.discussion;

/** Whether members see a post. */
public enum PostStatus {
    VISIBLE("正常"),
    HIDDEN("已屏蔽");

    private final String label;

    PostStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
