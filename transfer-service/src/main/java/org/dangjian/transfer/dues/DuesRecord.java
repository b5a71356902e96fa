package org.dangjian.transfer.dues;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.contracts.points.PointsDuesPaid;
import org.springframework.stereotype.Service;

/**
 * Each member's last paid month, kept from {@code points.dues-paid}: the dues month of the letter of
 * introduction comes from points-service's payments, not from what someone types.
 */
@Service
public class DuesRecord {
    private final MemberDuesMapper dues;
    private final List<DuesFollower> followers;
    private final Clock clock;

    DuesRecord(MemberDuesMapper dues, List<DuesFollower> followers, Clock clock) {
        this.dues = dues;
        this.followers = followers;
        this.clock = clock;
    }

    /** The last month paid for, if points-service recorded any payment of the member. */
    public Optional<YearMonth> paidUntil(long memberId) {
        return Optional.ofNullable(dues.paidUntil(memberId)).map(YearMonth::parse);
    }

    /**
     * The last month paid for, for a transfer being registered in the caller's transaction. Read under a lock because
     * a payment recorded at the same moment would otherwise be lost to the transfer: the registration would read no
     * payment yet, and the payment would find no open transfer yet to follow it ({@link DuesFollower}).
     */
    public Optional<YearMonth> paidUntilForNewTransfer(long memberId) {
        return Optional.ofNullable(dues.paidUntilLocked(memberId)).map(YearMonth::parse);
    }

    void paid(PointsDuesPaid e) {
        dues.record(e.memberId(), e.paidUntil().toString(), clock.instant());
        YearMonth now = paidUntil(e.memberId()).orElse(e.paidUntil());
        followers.forEach(f -> f.paidUntil(e.memberId(), now));
    }
}
