package org.dangjian.learning.exam;

import java.util.Set;

/**
 * What an exam is for. The three development exams (入党积极分子, 发展对象, 预备党员) gate recruitment's next stage:
 * their passes are announced as {@code learning.exam-passed}; applicants see only the first two (a probationary
 * member is a member already).
 */
public enum ExamKind {
    GENERAL("党员学习测试"),
    ACTIVIST("入党积极分子考试"),
    CANDIDATE("发展对象考试"),
    NEW_MEMBER("预备党员考试");

    static final Set<ExamKind> FOR_APPLICANTS = Set.of(ACTIVIST, CANDIDATE);
    static final Set<ExamKind> FOR_MEMBERS = Set.of(GENERAL, NEW_MEMBER);

    private final String label;

    ExamKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean gatesDevelopment() {
        return this != GENERAL;
    }
}
