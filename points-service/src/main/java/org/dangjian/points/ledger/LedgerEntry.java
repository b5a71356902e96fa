package org.dangjian.points.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One fact that counts towards a member's points in a year. {@code source} names where it came from
 * ({@code activity:12}, {@code dues:2026-03}, {@code event:<id>}), so the same source never counts twice
 * for a member.
 */
public record LedgerEntry(long memberId, EntryKind kind, String detail, BigDecimal quantity, String source,
                          LocalDate occurredOn) {
    public int year() {
        return occurredOn.getYear();
    }
}
