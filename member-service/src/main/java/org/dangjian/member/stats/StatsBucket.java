package org.dangjian.member.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a breakdown: its key, Chinese label, count, and percentage of the base (one decimal).
 * Counts are ints so that JSON carries them as numbers (every long is a string there, for ids).
 */
public record StatsBucket(String key, String label, int count, BigDecimal share) {
    static StatsBucket of(String key, String label, long count, long base) {
        BigDecimal share = base == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
        return new StatsBucket(key, label, Math.toIntExact(count), share);
    }
}
