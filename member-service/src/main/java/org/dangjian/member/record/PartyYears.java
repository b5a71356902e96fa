package org.dangjian.member.record;

import java.time.LocalDate;
import java.time.Period;

/**
 * 党龄: whole years of Party standing. A probationary member's standing counts from full membership (党章
 * art. 7: 预备党员的党龄，从转为正式党员之日算起), that is from the end of probation, never from admission.
 */
public final class PartyYears {
    private PartyYears() {
    }

    /** Whole years from {@code fullDate} to {@code day}; null while probationary (no full-membership date). */
    public static Integer on(LocalDate fullDate, LocalDate day) {
        return fullDate == null || day.isBefore(fullDate) ? null : Period.between(fullDate, day).getYears();
    }
}
