package org.dangjian.recruitment.cases;

/** Where a change request to a completed step stands. */
public enum ChangeStatus {
    PENDING("待审批"),
    APPROVED("已批准"),
    REFUSED("未批准");

    private final String label;

    ChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
