package org.dangjian.points.totals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.RosterFollower;
import org.springframework.stereotype.Component;

/**
 * Every member member-service knows has a score from the moment they are registered (the year's base),
 * moves with them to a new branch (a transfer ends in {@code member.relocated}), and leaves the
 * rankings when they leave the Party or die.
 */
@Component
class RankedRoster implements RosterFollower {
    private final Totals totals;
    private final Clock clock;

    RankedRoster(Totals totals, Clock clock) {
        this.totals = totals;
        this.clock = clock;
    }

    @Override
    public void registered(MemberRef member) {
        totals.refresh(List.of(member.memberId()), year());
    }

    @Override
    public void relocated(MemberRef before, MemberRef after) {
        totals.refreshAfterMove(before, year());
    }

    @Override
    public void statusChanged(MemberRef before, MemberRef after) {
        totals.refresh(List.of(after.memberId()), year());
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }
}
