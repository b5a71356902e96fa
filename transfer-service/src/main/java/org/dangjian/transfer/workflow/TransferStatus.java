package org.dangjian.transfer.workflow;

/** A transfer's life: approvals, then the member reports (with a letter only out of the city), then one of the ends. */
public enum TransferStatus {
    PENDING("审批中"),
    APPROVED("已批准，待报到"),
    COMPLETED("已报到"),
    REJECTED("已退回"),
    CANCELLED("已撤销"),
    EXPIRED("逾期未报到，已失效");

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
