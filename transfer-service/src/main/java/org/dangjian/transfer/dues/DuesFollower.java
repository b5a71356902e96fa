package org.dangjian.transfer.dues;

import java.time.YearMonth;

/**
 * Acts, in the same transaction, when a member's dues are paid further: the open transfer of the member
 * follows the record (a feature implements it; this package knows no transfers).
 */
public interface DuesFollower {
    void paidUntil(long memberId, YearMonth month);
}
