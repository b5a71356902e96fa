package org.dangjian.member.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Education;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MembershipState;
import org.dangjian.member.record.PartyStanding;

/**
 * What a search asks for, as the client sent it. Every filter is optional; {@link #problems} lists the
 * combinations that cannot mean anything (a reversed range, an age no one has).
 */
public record MemberSearchCriteria(Long orgId, boolean subtree, String q, String idNumber, String phone,
                                   List<PartyStanding> standings, List<MembershipState> states,
                                   Boolean mobile, List<String> educations, List<String> ethnicities, Gender gender,
                                   Integer ageMin, Integer ageMax, Integer joinYearFrom, Integer joinYearTo) {
    static final int MAX_AGE = 150;
    static final int MAX_QUERY_LENGTH = 50;

    public MemberSearchCriteria {
        standings = standings == null ? List.of() : List.copyOf(standings);
        states = states == null ? List.of() : List.copyOf(states);
        educations = educations == null ? List.of() : List.copyOf(educations);
        ethnicities = ethnicities == null ? List.of() : List.copyOf(ethnicities);
        q = q == null || q.isBlank() ? null : q.strip();
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            problems.add(new FieldProblem("q", "MEMBER_SEARCH_QUERY_TOO_LONG"));
        }
        if (ageMin != null && (ageMin < 0 || ageMin > MAX_AGE)) {
            problems.add(new FieldProblem("ageMin", "MEMBER_SEARCH_AGE_OUT_OF_RANGE"));
        }
        if (ageMax != null && (ageMax < 0 || ageMax > MAX_AGE)) {
            problems.add(new FieldProblem("ageMax", "MEMBER_SEARCH_AGE_OUT_OF_RANGE"));
        }
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            problems.add(new FieldProblem("ageMax", "MEMBER_SEARCH_RANGE_REVERSED"));
        }
        if (educations.stream().anyMatch(code -> !CodeTables.education().isValid(code))) {
            problems.add(new FieldProblem("education", "MEMBER_SEARCH_EDUCATION_UNKNOWN"));
        }
        if (ethnicities.stream().anyMatch(code -> !CodeTables.ethnicities().isValid(code))) {
            problems.add(new FieldProblem("ethnicity", "MEMBER_SEARCH_ETHNICITY_UNKNOWN"));
        }
        int lastYear = today.getYear();
        if (joinYearFrom != null && (joinYearFrom < 1921 || joinYearFrom > lastYear)) {
            problems.add(new FieldProblem("joinYearFrom", "MEMBER_SEARCH_YEAR_OUT_OF_RANGE"));
        }
        if (joinYearTo != null && (joinYearTo < 1921 || joinYearTo > lastYear)) {
            problems.add(new FieldProblem("joinYearTo", "MEMBER_SEARCH_YEAR_OUT_OF_RANGE"));
        }
        if (joinYearFrom != null && joinYearTo != null && joinYearFrom > joinYearTo) {
            problems.add(new FieldProblem("joinYearTo", "MEMBER_SEARCH_RANGE_REVERSED"));
        }
        return problems;
    }

    /** The education codes asked for, a level code ({@code 20} 大学本科教育) standing for every code of its level. */
    List<String> educationCodes() {
        List<String> codes = new ArrayList<>();
        for (String asked : educations) {
            boolean level = Education.level(asked).map(l -> l.code().equals(asked)).orElse(false);
            for (var code : CodeTables.education().entries()) {
                if (code.code().equals(asked) || (level && code.code().charAt(0) == asked.charAt(0))) {
                    codes.add(code.code());
                }
            }
        }
        return codes;
    }

    /** Born on or before this date: at least {@code ageMin} whole years old today. */
    LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(ageMin);
    }

    /** Born on or after this date: at most {@code ageMax} whole years old today. */
    LocalDate bornOnOrAfter(LocalDate today) {
        return today.minusYears(ageMax + 1L).plusDays(1);
    }
}
