package org.dangjian.learning.course;

/** A course is prepared as a draft and studied once published. */
public enum CourseStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布");

    private final String label;

    CourseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
