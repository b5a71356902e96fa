package org.dangjian.member.record;

import java.time.LocalDate;

/**
 * A new member's record as typed (by the register form, an import row or a recruitment event), already
 * parsed into types but not yet checked against each other: {@link MemberRules} does that.
 */
public record MemberDraft(long orgId, String partyGroup, String name, Gender gender, String ethnicity,
                          LocalDate birthDate, String nativePlace, String idNumber, String phone,
                          Education education, Degree degree, String occupation, String workUnit,
                          MemberStatus status, LocalDate joinDate, LocalDate fullDate, String notes) {

    /** The ID number as stored and indexed: trimmed, with a capital X. */
    public String normalizedIdNumber() {
        return idNumber == null ? null : idNumber.strip().toUpperCase();
    }

    public String normalizedPhone() {
        return phone == null || phone.isBlank() ? null : phone.strip();
    }
}
