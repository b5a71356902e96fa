package org.dangjian.recruitment.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;

/**
 * What makes a written application acceptable, each fault named by its field: a valid GB 11643 ID number (the
 * birth date is read from it), a GB/T 2261.1 gender the ID number agrees with, a mobile number, a GB/T 4658
 * education code, a GB 3304 ethnicity code (member-service's record needs it at admission), an application date not after today, and an applicant at least the minimum age (rule set
 * {@code admission}, 18 by the Party Constitution) on that date.
 */
public final class ApplicationRules {
    static final String ID_NUMBER_INVALID = "RECRUITMENT_ID_NUMBER_INVALID";
    static final String GENDER_UNKNOWN = "RECRUITMENT_GENDER_UNKNOWN";
    static final String GENDER_NOT_THE_ID_NUMBERS = "RECRUITMENT_GENDER_NOT_THE_ID_NUMBERS";
    static final String PHONE_INVALID = "RECRUITMENT_PHONE_INVALID";
    static final String EDUCATION_UNKNOWN = "RECRUITMENT_EDUCATION_UNKNOWN";
    static final String ETHNICITY_REQUIRED = "RECRUITMENT_ETHNICITY_REQUIRED";
    static final String ETHNICITY_UNKNOWN = "RECRUITMENT_ETHNICITY_UNKNOWN";
    static final String DATE_IN_THE_FUTURE = "RECRUITMENT_DATE_IN_THE_FUTURE";
    static final String TOO_YOUNG = "RECRUITMENT_APPLICANT_TOO_YOUNG";
    static final String MALE = "1";
    static final String FEMALE = "2";
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private ApplicationRules() {
    }

    /** {@code minimumAge}: the age in force on the application date. */
    public static List<FieldProblem> problems(OpenCaseRequest r, LocalDate today, int minimumAge) {
        List<FieldProblem> problems = new ArrayList<>();
        String id = r.idNumber().trim().toUpperCase();
        boolean validId = ResidentIdNumbers.isValid(id);
        if (!validId) {
            problems.add(new FieldProblem("idNumber", ID_NUMBER_INVALID));
        }
        if (!CodeTables.sexes().isValid(r.gender())) {
            problems.add(new FieldProblem("gender", GENDER_UNKNOWN));
        } else if (validId && (MALE.equals(r.gender()) || FEMALE.equals(r.gender()))
                && ResidentIdNumbers.isMale(id) != MALE.equals(r.gender())) {
            problems.add(new FieldProblem("gender", GENDER_NOT_THE_ID_NUMBERS));
        }
        if (!MOBILE.matcher(r.phone().trim()).matches()) {
            problems.add(new FieldProblem("phone", PHONE_INVALID));
        }
        if (!CodeTables.education().isValid(r.education())) {
            problems.add(new FieldProblem("education", EDUCATION_UNKNOWN));
        }
        if (r.ethnicity() == null || r.ethnicity().isBlank()) {
            problems.add(new FieldProblem("ethnicity", ETHNICITY_REQUIRED));
        } else if (!CodeTables.ethnicities().isValid(r.ethnicity())) {
            problems.add(new FieldProblem("ethnicity", ETHNICITY_UNKNOWN));
        }
        if (r.applicationDate().isAfter(today)) {
            problems.add(new FieldProblem("applicationDate", DATE_IN_THE_FUTURE));
        } else if (validId) {
            LocalDate born = ResidentIdNumbers.birthDate(id).orElseThrow();
            if (Period.between(born, r.applicationDate()).getYears() < minimumAge) {
                problems.add(new FieldProblem("applicationDate", TOO_YOUNG));
            }
        }
        return problems;
    }
}
