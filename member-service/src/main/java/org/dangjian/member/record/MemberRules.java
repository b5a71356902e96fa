package org.dangjian.member.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;

/**
 * The checks a member's record must pass whichever way it arrives (form, import, update, event). Each
 * problem names the field (as in the JSON API) and a message code, so imports can report every one.
 */
public final class MemberRules {
    private MemberRules() {
    }

    public static List<FieldProblem> check(MemberDraft d, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String id = d.normalizedIdNumber();
        if (id == null || !ResidentIdNumbers.isValid(id)) {
            problems.add(new FieldProblem("idNumber", "MEMBER_ID_NUMBER_INVALID"));
        } else {
            if (d.birthDate() != null && !ResidentIdNumbers.birthDate(id).map(d.birthDate()::equals).orElse(false)) {
                problems.add(new FieldProblem("birthDate", "MEMBER_BIRTH_DATE_DISAGREES"));
            }
            if (d.gender() != null && (ResidentIdNumbers.isMale(id) ? Gender.MALE : Gender.FEMALE) != d.gender()) {
                problems.add(new FieldProblem("gender", "MEMBER_GENDER_DISAGREES"));
            }
        }
        String phone = d.normalizedPhone();
        if (phone != null && !phone.matches("1[3-9]\\d{9}")) {
            problems.add(new FieldProblem("phone", "MEMBER_PHONE_INVALID"));
        }
        if (d.ethnicity() != null && !Ethnicities.isCode(d.ethnicity())) {
            problems.add(new FieldProblem("ethnicity", "MEMBER_ETHNICITY_UNKNOWN"));
        }
        problems.addAll(checkDates(d.birthDate(), d.status(), d.joinDate(), d.fullDate(), today));
        return problems;
    }

    /** Dates in order: born, 18 by admission, admitted, then full membership; nothing in the future. */
    public static List<FieldProblem> checkDates(LocalDate birthDate, MemberStatus status, LocalDate joinDate,
                                                LocalDate fullDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "MEMBER_DATE_IN_FUTURE"));
        }
        if (joinDate != null && joinDate.isAfter(today)) {
            problems.add(new FieldProblem("joinDate", "MEMBER_DATE_IN_FUTURE"));
        } else if (joinDate != null && birthDate != null && joinDate.isBefore(birthDate.plusYears(18))) {
            problems.add(new FieldProblem("joinDate", "MEMBER_JOINED_UNDER_18"));
        }
        if (fullDate != null) {
            if (fullDate.isAfter(today)) {
                problems.add(new FieldProblem("fullDate", "MEMBER_DATE_IN_FUTURE"));
            } else if (joinDate != null && !fullDate.isAfter(joinDate)) {
                problems.add(new FieldProblem("fullDate", "MEMBER_FULL_BEFORE_JOIN"));
            }
            if (status == MemberStatus.PROBATIONARY) {
                problems.add(new FieldProblem("fullDate", "MEMBER_PROBATIONARY_HAS_FULL_DATE"));
            }
        }
        return problems;
    }
}
