package org.dangjian.member.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.member.rules.MinimumAge;

/**
 * The checks a member's record must pass whichever way it arrives (form, import, update, event). Each
 * problem names the field (as in the JSON API) and a message code, so imports can report every one.
 */
public final class MemberRules {
    /** Probation lasts one full year from the admission date (党章 art. 7). */
    public static final int PROBATION_YEARS = 1;

    private MemberRules() {
    }

    /**
     * {@code minimumAge}: the minimum age at admission in force on the join date (rule set {@code admission}, 党章
     * art. 1: 18 nationally); recruitment-service checks applicants at the application date.
     */
    public static List<FieldProblem> check(MemberDraft d, LocalDate today, MinimumAge minimumAge) {
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
        if (d.ethnicity() != null && !CodeTables.ethnicities().isValid(d.ethnicity())) {
            problems.add(new FieldProblem("ethnicity", "MEMBER_ETHNICITY_UNKNOWN"));
        }
        problems.addAll(checkDates(d.birthDate(), d.standing(), d.joinDate(), d.fullDate(), today, minimumAge));
        return problems;
    }

    /**
     * Dates in order: born, of the minimum age in force at admission, admitted, then full membership no earlier
     * than one full year of probation; nothing in the future.
     */
    public static List<FieldProblem> checkDates(LocalDate birthDate, PartyStanding standing, LocalDate joinDate,
                                                LocalDate fullDate, LocalDate today, MinimumAge minimumAge) {
        List<FieldProblem> problems = new ArrayList<>();
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "MEMBER_DATE_IN_FUTURE"));
        }
        if (joinDate != null && joinDate.isAfter(today)) {
            problems.add(new FieldProblem("joinDate", "MEMBER_DATE_IN_FUTURE"));
        } else if (joinDate != null && birthDate != null
                && joinDate.isBefore(birthDate.plusYears(minimumAge.onJoinDate(joinDate)))) {
            problems.add(new FieldProblem("joinDate", "MEMBER_JOINED_UNDER_MINIMUM_AGE"));
        }
        if (fullDate != null) {
            if (fullDate.isAfter(today)) {
                problems.add(new FieldProblem("fullDate", "MEMBER_DATE_IN_FUTURE"));
            } else if (joinDate != null && fullDate.isBefore(joinDate.plusYears(PROBATION_YEARS))) {
                problems.add(new FieldProblem("fullDate", "MEMBER_PROBATION_NOT_OVER"));
            }
            if (standing == PartyStanding.PROBATIONARY) {
                problems.add(new FieldProblem("fullDate", "MEMBER_PROBATIONARY_HAS_FULL_DATE"));
            }
        }
        return problems;
    }
}
