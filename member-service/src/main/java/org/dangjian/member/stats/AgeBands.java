package org.dangjian.member.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The age bands of the Party's internal statistics, in whole years as of a day. */
final class AgeBands {
    /** The oldest age of every band but the last (81 and over). */
    private static final int[] UPPER = {30, 35, 40, 45, 50, 55, 60, 70, 80};
    private static final String[] KEYS = {"0-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", "61-70",
            "71-80", "81+"};
    private static final String[] LABELS = {"30岁及以下", "31至35岁", "36至40岁", "41至45岁", "46至50岁", "51至55岁",
            "56至60岁", "61至70岁", "71至80岁", "81岁及以上"};

    private AgeBands() {
    }

    static int count() {
        return KEYS.length;
    }

    static String key(int band) {
        return KEYS[band];
    }

    static String label(int band) {
        return LABELS[band];
    }

    /**
     * For band {@code i}: born after the i-th date means at most {@code UPPER[i]} years old on
     * {@code today}. A member's band is the first whose date their birth date is after.
     */
    static List<LocalDate> bornAfter(LocalDate today) {
        List<LocalDate> limits = new ArrayList<>(UPPER.length);
        for (int upper : UPPER) {
            limits.add(today.minusYears(upper + 1L));
        }
        return limits;
    }
}
