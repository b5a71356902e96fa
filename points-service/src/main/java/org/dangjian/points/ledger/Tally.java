package org.dangjian.points.ledger;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** A member's ledger for a year, summed by kind and detail, and by kind alone: all a total needs. */
public final class Tally {
    private final Map<String, BigDecimal> sums = new HashMap<>();

    void add(EntryKind kind, String detail, BigDecimal quantity) {
        sums.merge(key(kind, detail), quantity, BigDecimal::add);
        if (detail != null) {
            sums.merge(key(kind, null), quantity, BigDecimal::add);
        }
    }

    /** The sum for one detail of a kind (attended general meetings). */
    public BigDecimal of(EntryKind kind, String detail) {
        return sums.getOrDefault(key(kind, detail), BigDecimal.ZERO);
    }

    /** The sum over every detail of a kind (absences from any activity). */
    public BigDecimal of(EntryKind kind) {
        return of(kind, null);
    }

    private static String key(EntryKind kind, String detail) {
        return detail == null ? kind.name() : kind.name() + ':' + detail;
    }
}
