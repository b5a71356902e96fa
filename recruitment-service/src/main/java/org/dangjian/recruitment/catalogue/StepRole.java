package org.dangjian.recruitment.catalogue;

/** What the platform does when a step with this role is recorded, whatever a city calls the step: opening the
 * case, the two branch votes, and the two approvals that change the person's membership (admission makes a
 * probationary member; the confirmation approval confirms, extends or cancels). Every catalogue has each role
 * exactly once, in this order. */
public enum StepRole {
    APPLICATION("递交入党申请书"),
    ADMISSION_VOTE("支部大会讨论接收"),
    ADMISSION_APPROVAL("上级党委审批接收"),
    CONFIRMATION_VOTE("支部大会讨论转正"),
    CONFIRMATION_APPROVAL("上级党委审批转正");

    private final String label;

    StepRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
