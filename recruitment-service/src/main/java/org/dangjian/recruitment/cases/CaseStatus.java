package org.dangjian.recruitment.cases;

/** Where a case stands as a whole; admission, confirmation and cancellation come with the outcomes. */
public enum CaseStatus {
    OPEN("进行中");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
