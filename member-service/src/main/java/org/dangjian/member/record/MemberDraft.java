package org.dangjian.member.record;

import java.time.LocalDate;
import org.dangjian.kit.codes.Education;

/**
 * A new member's record as typed (by the register form, an import row or a recruitment event), already
 * parsed into types but not yet checked against each other: {@link MemberRules} does that, and
 * {@link org.dangjian.member.record.codes.MemberCodes} checks the codes (native place, education, occupation). {@code arriving}:
 * registered for a transfer into the city, not on the roll until it completes.
 */
public record MemberDraft(long orgId, String partyGroup, String name, Gender gender, String ethnicity,
                          LocalDate birthDate, String nativePlace, String idNumber, String phone,
                          String education, Education.StudyMode educationMode, Degree degree, String occupation,
                          String workUnit,
                          PartyStanding standing, boolean mobile, boolean arriving, LocalDate joinDate,
                          LocalDate fullDate, String notes) {

    /** The ID number as stored and indexed: trimmed, with a capital X. */
    public String normalizedIdNumber() {
        return idNumber == null ? null : idNumber.strip().toUpperCase();
    }

    public String normalizedPhone() {
        return phone == null || phone.isBlank() ? null : phone.strip();
    }

    /** A stored record as a draft again, to check it with {@link MemberRules} after a change. */
    public static MemberDraft of(Member m, String idNumber, String phone) {
        return new MemberDraft(m.getOrgId(), m.getPartyGroup(), m.getName(), m.getGender(), m.getEthnicity(),
                m.getBirthDate(), m.getNativePlace(), idNumber, phone, m.getEducation(), m.getEducationMode(), m.getDegree(),
                m.getOccupation(), m.getWorkUnit(), m.getStanding(), m.isMobile(),
                m.getState() == MembershipState.ARRIVING, m.getJoinDate(), m.getFullDate(), m.getNotes());
    }
}
