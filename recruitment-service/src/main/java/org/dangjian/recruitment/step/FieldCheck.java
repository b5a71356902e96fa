package org.dangjian.recruitment.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.catalogue.FieldDefinition;
import org.dangjian.recruitment.catalogue.StepDefinition;

/**
 * The values of a step against its field definitions in the catalogue: each required field present, a NUMBER
 * a number not below its minimum (24 class hours of training), a CHOICE one of its values, a DATE an ISO date,
 * a TEXT at most {@value #TEXT_MAX} characters, and no field the step does not define. Faults are named
 * {@code fields.<name>}.
 */
public final class FieldCheck {
    static final int TEXT_MAX = 500;
    static final String REQUIRED = "RECRUITMENT_FIELD_REQUIRED";
    static final String UNKNOWN = "RECRUITMENT_FIELD_UNKNOWN";
    static final String NOT_A_NUMBER = "RECRUITMENT_FIELD_NOT_A_NUMBER";
    static final String BELOW_MIN = "RECRUITMENT_FIELD_BELOW_MIN";
    static final String NOT_A_CHOICE = "RECRUITMENT_FIELD_NOT_A_CHOICE";
    static final String NOT_A_DATE = "RECRUITMENT_FIELD_NOT_A_DATE";
    static final String TOO_LONG = "RECRUITMENT_FIELD_TOO_LONG";

    private FieldCheck() {
    }

    public static List<FieldProblem> problems(StepDefinition step, Map<String, Object> values) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, FieldDefinition> defined = new LinkedHashMap<>();
        step.fields().forEach(f -> defined.put(f.name(), f));
        values.keySet().stream().filter(name -> !defined.containsKey(name)).sorted()
                .forEach(name -> problems.add(new FieldProblem("fields." + name, UNKNOWN)));
        for (FieldDefinition f : defined.values()) {
            Object value = values.get(f.name());
            if (value == null || value instanceof String s && s.isBlank()) {
                if (f.required()) {
                    problems.add(new FieldProblem("fields." + f.name(), REQUIRED));
                }
                continue;
            }
            String fault = fault(f, value);
            if (fault != null) {
                problems.add(new FieldProblem("fields." + f.name(), fault));
            }
        }
        return problems;
    }

    private static String fault(FieldDefinition f, Object value) {
        return switch (f.type()) {
            case NUMBER -> {
                BigDecimal n = number(value);
                if (n == null) {
                    yield NOT_A_NUMBER;
                }
                yield f.min() != null && n.compareTo(f.min()) < 0 ? BELOW_MIN : null;
            }
            case CHOICE -> f.choices().contains(value.toString()) ? null : NOT_A_CHOICE;
            case DATE -> {
                try {
                    LocalDate.parse(value.toString());
                    yield null;
                } catch (DateTimeParseException e) {
                    yield NOT_A_DATE;
                }
            }
            case TEXT -> value.toString().length() <= TEXT_MAX ? null : TOO_LONG;
        };
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
