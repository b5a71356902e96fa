package org.dangjian.member.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The historical periods Party statistics count admissions by (入党时间段), each from its first day to
 * the day before the next one starts.
 */
final class AdmissionPeriods {
    /** First day of every period but the first, which has no beginning. */
    private static final List<LocalDate> STARTS = List.of(
            LocalDate.of(1937, 7, 7), LocalDate.of(1945, 9, 3), LocalDate.of(1949, 10, 1),
            LocalDate.of(1966, 5, 1), LocalDate.of(1976, 11, 1), LocalDate.of(1979, 1, 1),
            LocalDate.of(2002, 11, 1), LocalDate.of(2012, 11, 1));
    private static final String[] LABELS = {"1937年7月6日及以前", "1937年7月7日至1945年9月2日",
            "1945年9月3日至1949年9月30日", "1949年10月1日至1966年4月", "1966年5月至1976年10月",
            "1976年11月至1978年12月", "1979年1月至2002年10月", "2002年11月至2012年10月", "2012年11月及以后"};

    private AdmissionPeriods() {
    }

    static int count() {
        return LABELS.length;
    }

    /** The first period is keyed "before-1937-07-07", the others by their first day. */
    static String key(int period) {
        return period == 0 ? "before-" + STARTS.get(0) : STARTS.get(period - 1).toString();
    }

    static String label(int period) {
        return LABELS[period];
    }

    static List<LocalDate> starts() {
        return STARTS;
    }
}
