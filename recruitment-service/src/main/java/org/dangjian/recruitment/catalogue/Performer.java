package org.dangjian.recruitment.catalogue;

/** Whose administrator records a step: the organisation that performs it, relative to the applicant's branch. */
public enum Performer {
    /** The applicant's branch. */
    BRANCH("党支部"),
    /** The committee above the branch, where activists and candidates are filed. */
    SUPERIOR_COMMITTEE("上级党委"),
    /** The nearest committee above the branch with power to approve admissions. */
    APPROVING_COMMITTEE("具有审批权限的党委"),
    /** The organisation department, which keeps the filed admissions. */
    ORG_DEPARTMENT("组织部门");

    private final String label;

    Performer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
