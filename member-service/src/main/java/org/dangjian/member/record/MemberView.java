package org.dangjian.member.record;

import java.time.LocalDate;

/** A member as clients see it: ID and phone numbers masked. */
public record MemberView(long id, long orgId, String name, Gender gender, String idNumber, String phone,
                         LocalDate birthDate, LocalDate joinDate, MemberStatus status) {
    static MemberView of(Member m) {
        return new MemberView(m.getId(), m.getOrgId(), m.getName(), m.getGender(), m.getIdNumberMasked(),
                m.getPhoneMasked(), m.getBirthDate(), m.getJoinDate(), m.getStatus());
    }
}
