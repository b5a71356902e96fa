package org.dangjian.member.record;

import java.time.LocalDateTime;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.codes.MemberCodes;
import org.springframework.stereotype.Component;

/**
 * Turns a checked draft into the stored record (encrypting, indexing and masking the ID and phone
 * numbers) and into the {@code member.registered} event, the same way for every way a member arrives.
 */
@Component
public class NewMembers {
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final EventSeal seal;

    public NewMembers(FieldCipher cipher, BlindIndex blindIndex, EventSeal seal) {
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.seal = seal;
    }

    public Member record(MemberDraft d, OrgRef org, Long createdBy, LocalDateTime now) {
        Member m = new Member();
        m.setOrgId(org.orgId());
        m.setOrgPath(org.path());
        m.setPartyGroup(blankToNull(d.partyGroup()));
        m.setName(d.name().strip());
        m.setGender(d.gender());
        m.setEthnicity(d.ethnicity() != null ? d.ethnicity() : MemberCodes.HAN);
        m.setBirthDate(d.birthDate());
        m.setNativePlace(blankToNull(d.nativePlace()));
        setIdNumber(m, d.normalizedIdNumber());
        setPhone(m, d.normalizedPhone());
        m.setEducation(d.education());
        m.setEducationMode(d.educationMode());
        m.setDegree(d.degree());
        m.setOccupation(blankToNull(d.occupation()));
        m.setWorkUnit(blankToNull(d.workUnit()));
        m.setStanding(d.standing());
        m.setState(d.arriving() ? MembershipState.ARRIVING : MembershipState.ACTIVE);
        m.setMobile(d.mobile());
        m.setJoinDate(d.joinDate());
        m.setFullDate(d.fullDate());
        m.setNotes(blankToNull(d.notes()));
        m.setCreatedBy(createdBy);
        m.setCreatedAt(now);
        m.setUpdatedAt(now);
        return m;
    }

    /** Sets all three forms of the (normalized) ID number. */
    public void setIdNumber(Member m, String idNumber) {
        m.setIdNumberEnc(cipher.encrypt(idNumber));
        m.setIdNumberIdx(blindIndex.of(idNumber));
        m.setIdNumberMasked(Masking.idNumber(idNumber));
    }

    /** Sets all three forms of the phone number, or clears them. */
    public void setPhone(Member m, String phone) {
        m.setPhoneEnc(phone == null ? null : cipher.encrypt(phone));
        m.setPhoneIdx(phone == null ? null : blindIndex.of(phone));
        m.setPhoneMasked(phone == null ? null : Masking.phone(phone));
    }

    /**
     * The event for a stored record; the phone travels sealed with the field keys, the ID number never; the
     * occupation and education codes travel so that points-service derives the dues group without calling back.
     */
    public MemberRegisteredV2 registered(Member m, String phone) {
        return new MemberRegisteredV2(m.getId(), m.getOrgId(), m.getOrgPath(), m.getName(), m.getGender().name(),
                m.getBirthDate(), m.getJoinDate(), statusOf(m), seal.seal(phone), m.getOccupation(), m.getEducation(),
                m.getApplicantId());
    }

    /** Standing, state and mobility as the events carry them. */
    public static MembershipStatus statusOf(Member m) {
        return new MembershipStatus(m.getStanding().name(), m.getState().name(),
                m.getLeaveReason() == null ? null : m.getLeaveReason().name(), m.isMobile());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
