package org.dangjian.points.dues;

/** The 2008 dues groups; students, the unemployed and members on relief pay the same token amount. */
public enum DuesGroup {
    /** Base: after-tax monthly pay. */
    EMPLOYED("在职党员"),
    /** Base: monthly pension. */
    RETIRED("离退休党员"),
    /** Base: the monthly amount itself, 0.20 to 1.00 yuan, as the branch decided. */
    FARMER("农民党员"),
    STUDENT("学生党员"),
    /** Also members on relief (低保): the same 0.20 yuan. */
    UNEMPLOYED("下岗失业及享受低保党员");

    private final String label;

    DuesGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
