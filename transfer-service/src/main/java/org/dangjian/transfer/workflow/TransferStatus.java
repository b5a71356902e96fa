package org.dangjian.transfer.workflow;

/** A transfer's life: approvals, then the letter awaits the member's arrival, then one of the ends. */
public enum TransferStatus {
    PENDING("审批中"),
    APPROVED("已开介绍信，待报到"),
    COMPLETED("已报到"),
    REJECTED("已退回"),
    CANCELLED("已撤销"),
    EXPIRED("介绍信已过期");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }

    public boolean open() {
        return this == PENDING || this == APPROVED;
    }
}
