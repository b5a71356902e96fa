package org.dangjian.recruitment.outcome;

import java.time.LocalDate;

/**
 * Probation (预备期, 党章第七条): one full year from the branch meeting that admitted the person, extended at most
 * once by 6 to 12 months (中国共产党发展党员工作细则第三十四条). Full membership dates from the end of probation,
 * not from the day it is decided. The same values as member-service's {@code ProbationRules}, which applies them
 * to the record; national rules the Party Constitution fixes, so constants rather than a city's setting.
 */
final class Probation {
    static final int YEARS = 1;
    static final int EXTENSION_MIN_MONTHS = 6;
    static final int EXTENSION_MAX_MONTHS = 12;

    private Probation() {
    }

    /** The day one full year of probation ends, counted from the admission vote. */
    static LocalDate regularEnd(LocalDate admitted) {
        return admitted.plusYears(YEARS);
    }

    /** The end of an extension by {@code months} past the regular end. */
    static LocalDate extendedEnd(LocalDate admitted, int months) {
        return regularEnd(admitted).plusMonths(months);
    }

    static boolean extensionLengthAllowed(Integer months) {
        return months != null && months >= EXTENSION_MIN_MONTHS && months <= EXTENSION_MAX_MONTHS;
    }
}
