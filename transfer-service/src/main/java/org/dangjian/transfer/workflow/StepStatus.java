package org.dangjian.transfer.workflow;

/** One approval: waiting for the levels before it, pending a decision, or decided. */
public enum StepStatus {
    WAITING("待前一级审批"),
    PENDING("待审批"),
    APPROVED("已同意"),
    REJECTED("已退回");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
