package org.dangjian.org.account;

/** Roles in rank order: an administrator never grants a role above their own. */
public enum Role {
    MEMBER(0), AUDITOR(1), ORG_ADMIN(2), CITY_ADMIN(3);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    public boolean above(Role other) {
        return rank > other.rank;
    }
}
