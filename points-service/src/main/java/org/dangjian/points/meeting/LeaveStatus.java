package org.dangjian.points.meeting;

/** A member's leave from a meeting: asked with a reason, then approved or refused by the branch. */
public enum LeaveStatus {
    ASKED("待审批"),
    APPROVED("已批准"),
    REFUSED("未批准");

    private final String label;

    LeaveStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
