package org.dangjian.recruitment.catalogue;

/** The unified e-exam a step waits for (Kunshan: activists, candidates and new members pass a computer exam on
 * Party knowledge before the next stage), passed in learning-service or recorded as a paper exam. */
public enum ExamKind {
    ACTIVIST("入党积极分子考试"),
    CANDIDATE("发展对象考试"),
    NEW_MEMBER("新党员考试");

    private final String label;

    ExamKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
