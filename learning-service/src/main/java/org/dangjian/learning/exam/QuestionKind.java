package org.dangjian.learning.exam;

/** How a question is answered. */
public enum QuestionKind {
    /** One option is right. */
    SINGLE("单选题"),
    /** Every right option and none other. */
    MULTIPLE("多选题"),
    /** The options are 正确 and 错误. */
    TRUE_FALSE("判断题"),
    /** A short text, right when it matches one of the accepted texts. */
    FILL("填空题");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean chosen() {
        return this != FILL;
    }
}
