package org.dangjian.points.appraisal;

/** The grades of the annual member appraisal (民主评议党员), as the branch decides them. */
public enum Grade {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    BASICALLY_QUALIFIED("基本合格"),
    UNQUALIFIED("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
