package org.dangjian.member.record;

import java.time.LocalDate;

/** A member as clients see it: ID and phone numbers masked; codes come with their Chinese names. */
public record MemberView(long id, long orgId, String partyGroup, String name, Gender gender, String ethnicity,
                         String ethnicityName, LocalDate birthDate, String nativePlace, String idNumber, String phone,
                         Education education, String educationName, Degree degree, String occupation,
                         String workUnit, boolean hasPhoto, MemberStatus status, String statusName,
                         String statusReason, LocalDate statusDate, LocalDate joinDate, LocalDate fullDate,
                         Mobile mobile, String notes, int version) {

    /** Where a mobile member (流动党员) is; null for everyone else. */
    public record Mobile(String city, String unit, String contact) {
    }

    public static MemberView of(Member m) {
        Mobile mobile = m.getStatus() == MemberStatus.MOBILE || m.getMobileCity() != null
                ? new Mobile(m.getMobileCity(), m.getMobileUnit(), m.getMobileContact()) : null;
        return new MemberView(m.getId(), m.getOrgId(), m.getPartyGroup(), m.getName(), m.getGender(),
                m.getEthnicity(), Ethnicities.name(m.getEthnicity()), m.getBirthDate(), m.getNativePlace(),
                m.getIdNumberMasked(), m.getPhoneMasked(), m.getEducation(),
                m.getEducation() == null ? null : m.getEducation().label(), m.getDegree(), m.getOccupation(),
                m.getWorkUnit(), m.getPhotoKey() != null, m.getStatus(), m.getStatus().label(), m.getStatusReason(),
                m.getStatusDate(), m.getJoinDate(), m.getFullDate(), mobile, m.getNotes(),
                m.getVersion() == null ? 0 : m.getVersion());
    }
}
