package org.dangjian.contracts.member;

import java.time.LocalDate;

/**
 * A member's standing, state or mobility changed, as of {@code effectiveDate}: {@code change} names what
 * happened ({@link #CONFIRMED} 转正, {@link #PROBATION_EXTENDED}, {@link #SUSPENDED}, {@link #RESTORED},
 * {@link #LEFT} (reason in {@code after.leaveReason()}), {@link #MOBILITY_STARTED}, {@link #MOBILITY_ENDED},
 * {@link #ARRIVED} (a transfer into the city completed)); {@code note} is the administrator's wording.
 * Replaces {@link MemberStatusChanged} (v1).
 */
public record MemberStatusChangedV2(long memberId, long orgId, String orgPath, String change,
                                    MembershipStatus before, MembershipStatus after, String note,
                                    LocalDate effectiveDate) implements MemberEvent {
    public static final String TYPE = "dj.member.status-changed.v2";

    public static final String CONFIRMED = "CONFIRMED";
    public static final String PROBATION_EXTENDED = "PROBATION_EXTENDED";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String RESTORED = "RESTORED";
    public static final String LEFT = "LEFT";
    public static final String MOBILITY_STARTED = "MOBILITY_STARTED";
    public static final String MOBILITY_ENDED = "MOBILITY_ENDED";
    public static final String ARRIVED = "ARRIVED";
    /** A version-one change mapped to this version: what changed is only known as the two statuses. */
    public static final String V1_CHANGE = "V1_CHANGE";

    /** +1 when the member now counts in the membership and did not before, -1 the other way, else 0. */
    public int membershipDelta() {
        return Boolean.compare(after.active(), before.active());
    }

    /**
     * A version-one event in the new meaning. {@code knownStanding} is the standing the consumer knew
     * (null when none): a v1 MOBILE or SUSPENDED status does not say it; the old status does when it was
     * PROBATIONARY or FULL.
     */
    public static MemberStatusChangedV2 of(MemberStatusChanged v1, String knownStanding) {
        String standingBefore = MembershipStatus.PROBATIONARY.equals(v1.oldStatus())
                || MembershipStatus.FULL.equals(v1.oldStatus()) ? v1.oldStatus() : knownStanding;
        MembershipStatus before = MembershipStatus.fromV1(v1.oldStatus(), null, standingBefore);
        MembershipStatus after = MembershipStatus.fromV1(v1.newStatus(), v1.reason(), before.standing());
        return new MemberStatusChangedV2(v1.memberId(), v1.orgId(), v1.orgPath(), V1_CHANGE, before, after,
                v1.reason(), v1.effectiveDate());
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
