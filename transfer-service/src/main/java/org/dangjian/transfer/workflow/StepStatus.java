package org.dangjian.transfer.workflow;

/** One approval: waiting for the levels before it, pending a decision, or decided. */
public enum StepStatus {
    WAITING, PENDING, APPROVED, REJECTED
}
