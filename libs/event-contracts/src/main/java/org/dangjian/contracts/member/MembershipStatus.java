package org.dangjian.contracts.member;

import java.util.Set;

/**
 * Where a member stands, in the three parts issue 18 keeps apart: the Party standing ({@code FULL} 正式党员 or
 * {@code PROBATIONARY} 预备党员), the membership state ({@code ARRIVING} registered for a transfer into the
 * city and not arrived yet, {@code ACTIVE}, {@code SUSPENDED} 停止党籍 keeping the standing it interrupts,
 * {@code LEFT} with a coded {@code leaveReason}) and mobility ({@code mobile}: 流动党员, beside the standing,
 * never instead of it). Only ACTIVE members count in a branch, mobile or not.
 */
public record MembershipStatus(String standing, String state, String leaveReason, boolean mobile) {
    public static final String FULL = "FULL";
    public static final String PROBATIONARY = "PROBATIONARY";
    public static final String ARRIVING = "ARRIVING";
    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String LEFT = "LEFT";
    /** The leave reasons (转出, 退党, 除名, 开除党籍, 取消预备党员资格, 死亡), and the one for records that never named theirs. */
    public static final Set<String> LEAVE_REASONS = Set.of("TRANSFERRED_OUT", "WITHDREW", "STRUCK_OFF", "EXPELLED",
            "PROBATION_CANCELLED", "DECEASED", "UNSPECIFIED");

    /** Counted in the branch's membership: takes part, is scored, can be transferred. */
    public boolean active() {
        return ACTIVE.equals(state);
    }

    public boolean probationary() {
        return PROBATIONARY.equals(standing);
    }

    /**
     * One word for rosters that keep a single status column: the standing while active, else the state
     * ({@code ARRIVING}, {@code SUSPENDED}, {@code LEFT}). Existing queries for "PROBATIONARY or FULL" keep
     * meaning "counted in the branch".
     */
    public String summary() {
        return active() ? standing : state;
    }

    /**
     * A version-one status ({@code PROBATIONARY, FULL, MOBILE, SUSPENDED, LEFT, DECEASED}) in the new meaning.
     * MOBILE and SUSPENDED did not say the standing: it is {@code knownStanding} (what the consumer knew, or
     * the status before the change), FULL when nothing is known. LEFT keeps its reason when that is a leave
     * reason code, else UNSPECIFIED; DECEASED is LEFT for reason DECEASED.
     */
    public static MembershipStatus fromV1(String status, String reason, String knownStanding) {
        String standing = PROBATIONARY.equals(knownStanding) ? PROBATIONARY : FULL;
        if (status == null) {
            return new MembershipStatus(standing, ACTIVE, null, false);
        }
        return switch (status) {
            case PROBATIONARY -> new MembershipStatus(PROBATIONARY, ACTIVE, null, false);
            case FULL -> new MembershipStatus(FULL, ACTIVE, null, false);
            case "MOBILE" -> new MembershipStatus(standing, ACTIVE, null, true);
            case SUSPENDED -> new MembershipStatus(standing, SUSPENDED, null, false);
            case "DECEASED" -> new MembershipStatus(standing, LEFT, "DECEASED", false);
            case LEFT -> new MembershipStatus(PROBATION_CANCELLED_REASON.equals(reason) ? PROBATIONARY : standing,
                    LEFT, reason != null && LEAVE_REASONS.contains(reason) ? reason : "UNSPECIFIED", false);
            default -> new MembershipStatus(standing, status, null, false);
        };
    }

    private static final String PROBATION_CANCELLED_REASON = "PROBATION_CANCELLED";
}
