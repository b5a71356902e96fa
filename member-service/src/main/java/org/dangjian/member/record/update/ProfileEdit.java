package org.dangjian.member.record.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.NewMembers;
import org.dangjian.member.record.codes.MemberCodes;
import org.dangjian.member.record.history.FieldChange;

/**
 * Applies a {@link MemberPatch} to a loaded record and lists what really changed (a value sent equal to
 * the stored one is no change). ID and phone numbers are compared by blind index, since the record holds
 * no clear value, and listed masked. Nothing is checked across fields here: {@code MemberRules} does
 * that on the merged record.
 */
final class ProfileEdit {
    private final Member m;
    private final List<FieldChange> changes = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private String newIdNumber;
    private boolean phoneChanged;
    private String newPhone;

    private ProfileEdit(Member m) {
        this.m = m;
    }

    static ProfileEdit apply(Member m, MemberPatch p, BlindIndex blindIndex, NewMembers numbers) {
        ProfileEdit e = new ProfileEdit(m);
        if (p.name() != null && p.name().isBlank()) {
            e.problems.add(new FieldProblem("name", "MEMBER_NAME_REQUIRED"));
        } else {
            e.text("name", m.getName(), p.name(), m::setName);
        }
        e.value("gender", m.getGender(), p.gender(), m::setGender);
        if (p.ethnicity() != null && !p.ethnicity().isBlank()) {
            e.value("ethnicity", m.getEthnicity(), MemberCodes.ethnicity(p.ethnicity()).orElse(p.ethnicity().strip()),
                    m::setEthnicity);
        }
        e.value("birthDate", m.getBirthDate(), p.birthDate(), m::setBirthDate);
        e.coded("nativePlace", m.getNativePlace(), m.getNativePlaceText(), p.nativePlace(), m::setNativePlace,
                m::setNativePlaceText);
        if (p.idNumber() != null && !p.idNumber().isBlank()) {
            String id = p.idNumber().strip().toUpperCase();
            if (!blindIndex.of(id).equals(m.getIdNumberIdx())) {
                e.changes.add(new FieldChange("idNumber", m.getIdNumberMasked(), Masking.idNumber(id)));
                numbers.setIdNumber(m, id);
                e.newIdNumber = id;
            }
        }
        if (p.phone() != null) {
            String phone = p.phone().isBlank() ? null : p.phone().strip();
            String idx = phone == null ? null : blindIndex.of(phone);
            if (!Objects.equals(idx, m.getPhoneIdx())) {
                e.changes.add(new FieldChange("phone", m.getPhoneMasked(), phone == null ? null : Masking.phone(phone)));
                numbers.setPhone(m, phone);
                e.phoneChanged = true;
                e.newPhone = phone;
            }
        }
        e.text("education", m.getEducation(), p.education(), m::setEducation);
        e.value("educationMode", m.getEducationMode(), p.educationMode(), m::setEducationMode);
        e.value("degree", m.getDegree(), p.degree(), m::setDegree);
        e.coded("occupation", m.getOccupation(), m.getOccupationText(), p.occupation(), m::setOccupation,
                m::setOccupationText);
        e.text("workUnit", m.getWorkUnit(), p.workUnit(), m::setWorkUnit);
        e.text("partyGroup", m.getPartyGroup(), p.partyGroup(), m::setPartyGroup);
        e.value("joinDate", m.getJoinDate(), p.joinDate(), m::setJoinDate);
        e.value("fullDate", m.getFullDate(), p.fullDate(), m::setFullDate);
        e.text("notes", m.getNotes(), p.notes(), m::setNotes);
        e.text("mobileCity", m.getMobileCity(), p.mobileCity(), m::setMobileCity);
        e.text("mobileUnit", m.getMobileUnit(), p.mobileUnit(), m::setMobileUnit);
        e.text("mobileContact", m.getMobileContact(), p.mobileContact(), m::setMobileContact);
        return e;
    }

    List<FieldChange> changes() {
        return changes;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** The new ID number in clear, or null when it did not change. */
    String newIdNumber() {
        return newIdNumber;
    }

    boolean phoneChanged() {
        return phoneChanged;
    }

    String newPhone() {
        return newPhone;
    }

    private <T> void value(String field, T current, T requested, Consumer<T> setter) {
        if (requested != null && !requested.equals(current)) {
            changes.add(FieldChange.of(field, current, requested));
            setter.accept(requested);
        }
    }

    /**
     * A coded field that may still hold the text typed before it was coded: a code sent (or an empty text)
     * replaces both, the old text going to history so that nothing typed is lost.
     */
    private void coded(String field, String current, String currentText, String requested, Consumer<String> setter,
                       Consumer<String> textSetter) {
        if (requested == null) {
            return;
        }
        text(field, current, requested, setter);
        if (currentText != null) {
            changes.add(FieldChange.of(field + "Text", currentText, null));
            textSetter.accept(null);
        }
    }

    /** Text: surrounding blanks dropped, empty means none. */
    private void text(String field, String current, String requested, Consumer<String> setter) {
        if (requested == null) {
            return;
        }
        String value = requested.isBlank() ? null : requested.strip();
        if (!Objects.equals(value, current)) {
            changes.add(FieldChange.of(field, current, value));
            setter.accept(value);
        }
    }
}
