package org.dangjian.learning.exam;

/** An exam is prepared as a draft and taken once published. */
public enum ExamStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布");

    private final String label;

    ExamStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
