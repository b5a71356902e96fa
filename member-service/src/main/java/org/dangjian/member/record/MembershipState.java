package org.dangjian.member.record;

/**
 * Whether a member is on the branch's roll. {@code ARRIVING}: registered for a transfer into the city,
 * known but not counted until the transfer completes (issue 18 item 7). {@code SUSPENDED} (停止党籍)
 * interrupts the standing and restores exactly it. {@code LEFT} keeps the record for history, with a
 * {@link LeaveReason}. Coming back after LEFT is a new admission or a transfer into the city.
 */
public enum MembershipState {
    ARRIVING("待转入报到"),
    ACTIVE("在册"),
    SUSPENDED("停止党籍"),
    LEFT("已离开");

    private final String label;

    MembershipState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counted in the organisation's membership (mobile or not). */
    public boolean active() {
        return this == ACTIVE;
    }
}
