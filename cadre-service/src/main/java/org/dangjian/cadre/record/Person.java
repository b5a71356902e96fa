package org.dangjian.cadre.record;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who a cadre is, whichever way the details are kept: a member's from the roster, anyone else's from the record.
 * {@code orgId} and {@code orgPath} are the organisation the record is kept under; the masked numbers are a
 * non-member's (a member's are in member-service).
 */
public record Person(long cadreId, Long memberId, long orgId, String orgPath, String name, String gender,
                     LocalDate birthDate, String education, String idNumberMasked, String phoneMasked) {

    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }
}
