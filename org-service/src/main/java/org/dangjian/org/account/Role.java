package org.dangjian.org.account;

/**
 * Roles in rank order: an administrator never grants a role above their own. APPLICANT is given by recruitment
 * only (an applicant's account from {@code recruitment.case-opened}), never by an administrator.
 */
public enum Role {
    APPLICANT(-1, "入党申请人"), MEMBER(0, "党员"), AUDITOR(1, "审计员"), ORG_ADMIN(2, "组织管理员"), CITY_ADMIN(3, "市级管理员");

    private final int rank;
    private final String label;

    Role(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public boolean above(Role other) {
        return rank > other.rank;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
