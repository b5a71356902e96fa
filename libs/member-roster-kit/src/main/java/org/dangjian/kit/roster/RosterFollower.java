package org.dangjian.kit.roster;

import org.dangjian.contracts.member.MemberAnonymised;

/**
 * A service's own reaction to a roster change (points-service ranks a new member, moves a relocated
 * one), called in the transaction that applies the member event, after the roster row changed.
 */
public interface RosterFollower {
    default void registered(MemberRef member) {
    }

    default void relocated(MemberRef before, MemberRef after) {
    }

    default void statusChanged(MemberRef before, MemberRef after) {
    }

    /** A former member past their retention period: take the person off what the service keeps about them. */
    default void anonymised(MemberAnonymised event) {
    }
}
