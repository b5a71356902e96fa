package org.dangjian.member.record.standing;

import static org.dangjian.member.record.MemberStatus.DECEASED;
import static org.dangjian.member.record.MemberStatus.FULL;
import static org.dangjian.member.record.MemberStatus.LEFT;
import static org.dangjian.member.record.MemberStatus.MOBILE;
import static org.dangjian.member.record.MemberStatus.PROBATIONARY;
import static org.dangjian.member.record.MemberStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dangjian.member.record.MemberStatus;

/**
 * Which standing may follow which. A probationary member becomes full (转正) or leaves; an active member
 * may go mobile and come back (to full, or to probationary if never confirmed), be suspended, leave or
 * die; a suspended member may be restored or leave. LEFT and DECEASED are final: coming back is a new
 * admission or a transfer into the city, both of which bring their own record.
 */
public final class StatusTransitions {
    private static final Map<MemberStatus, Set<MemberStatus>> NEXT = Map.of(
            PROBATIONARY, EnumSet.of(FULL, MOBILE, SUSPENDED, LEFT, DECEASED),
            FULL, EnumSet.of(MOBILE, SUSPENDED, LEFT, DECEASED),
            MOBILE, EnumSet.of(FULL, PROBATIONARY, SUSPENDED, LEFT, DECEASED),
            SUSPENDED, EnumSet.of(FULL, LEFT, DECEASED),
            LEFT, EnumSet.noneOf(MemberStatus.class),
            DECEASED, EnumSet.noneOf(MemberStatus.class));

    private StatusTransitions() {
    }

    /**
     * Whether {@code from} may become {@code to}. Back from MOBILE the member returns to what they were:
     * full if they have a full-membership date, probationary otherwise.
     */
    public static boolean allowed(MemberStatus from, MemberStatus to, boolean hasFullDate) {
        if (from == MOBILE && (to == FULL || to == PROBATIONARY)) {
            return (to == FULL) == hasFullDate;
        }
        return NEXT.get(from).contains(to);
    }
}
