package org.dangjian.member.record.standing;

import java.time.LocalDate;
import org.dangjian.member.record.MemberRules;

/**
 * Probation (预备期, 党章 art. 7): one full year from the admission date, extended at most once by 6 to 12
 * months. Full membership dates from the end of probation, never from the day it was decided. Plain Java.
 */
public final class ProbationRules {
    public static final int EXTENSION_MIN_MONTHS = 6;
    public static final int EXTENSION_MAX_MONTHS = 12;

    private ProbationRules() {
    }

    /** The end of one full year of probation, before any extension. */
    public static LocalDate regularEnd(LocalDate joinDate) {
        return joinDate.plusYears(MemberRules.PROBATION_YEARS);
    }

    /** When probation ends: the extension's end when extended, else one full year after admission. */
    public static LocalDate end(LocalDate joinDate, LocalDate extendedTo) {
        return extendedTo != null ? extendedTo : regularEnd(joinDate);
    }

    /** Whether {@code fullDate} leaves at least the whole probation (with its extension) behind it. */
    public static boolean probationOverBy(LocalDate joinDate, LocalDate extendedTo, LocalDate fullDate) {
        return !fullDate.isBefore(end(joinDate, extendedTo));
    }

    /** Whether an extension to {@code extendedTo} lasts 6 to 12 months past the regular end. */
    public static boolean extensionLengthAllowed(LocalDate joinDate, LocalDate extendedTo) {
        LocalDate regular = regularEnd(joinDate);
        return !extendedTo.isBefore(regular.plusMonths(EXTENSION_MIN_MONTHS))
                && !extendedTo.isAfter(regular.plusMonths(EXTENSION_MAX_MONTHS));
    }
}
