package org.dangjian.recruitment.cases;

/** Where a change request to a completed step stands. */
public enum ChangeStatus {
    PENDING,
    APPROVED,
    REFUSED
}
