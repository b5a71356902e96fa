package org.dangjian.transfer.workflow;

/** A transfer's life: approvals, then the letter awaits the member's arrival, then one of the ends. */
public enum TransferStatus {
    PENDING, APPROVED, COMPLETED, REJECTED, CANCELLED, EXPIRED;

    public boolean open() {
        return this == PENDING || this == APPROVED;
    }
}
