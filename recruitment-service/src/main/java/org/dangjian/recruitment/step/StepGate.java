package org.dangjian.recruitment.step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.TimeRule;

/**
 * Whether a step may be recorded on a date, given the steps recorded before it. Steps unlock in the catalogue's
 * order: the previous step first. The date may not be before the previous step's, nor before the first day the
 * EARLIEST rules allow, nor after the last day the LATEST rules allow; each refusal names the step, the date and
 * the rule. A step whose catalogue entry asks for a {@link Requirement} that no {@link StepRequirement} handles
 * yet is refused naming what is missing, so that nothing is recorded as done that was not.
 */
public final class StepGate {
    static final String ALREADY_RECORDED = "RECRUITMENT_STEP_ALREADY_RECORDED";
    static final String PREVIOUS_FIRST = "RECRUITMENT_STEP_PREVIOUS_FIRST";
    static final String NOT_YET_SUPPORTED = "RECRUITMENT_STEP_NOT_YET_SUPPORTED";
    static final String BEFORE_PREVIOUS = "RECRUITMENT_STEP_BEFORE_PREVIOUS";
    static final String TOO_EARLY = "RECRUITMENT_STEP_TOO_EARLY";
    static final String TOO_LATE = "RECRUITMENT_STEP_TOO_LATE";

    private StepGate() {
    }

    /** The order: not recorded yet, the previous step recorded. */
    static void inOrder(Catalogue catalogue, StepDefinition step, Map<String, LocalDate> recorded) {
        if (recorded.containsKey(step.code())) {
            throw ApiException.conflict(ALREADY_RECORDED, step.code());
        }
        StepDefinition previous = previous(catalogue, step);
        if (previous != null && !recorded.containsKey(previous.code())) {
            throw ApiException.conflict(PREVIOUS_FIRST, step.code(), previous.code(), previous.name());
        }
    }

    /** What the step asks for that no {@link StepRequirement} bean handles yet, in Chinese and in English. */
    static List<String[]> missing(StepDefinition step, List<StepRequirement> handled) {
        List<String[]> missing = new ArrayList<>();
        for (Requirement kind : Requirement.values()) {
            if (kind.askedBy(step) && handled.stream().noneMatch(q -> q.kind() == kind)) {
                missing.add(kind.describe(step));
            }
        }
        return missing;
    }

    static void supported(StepDefinition step, List<StepRequirement> handled) {
        List<String[]> missing = missing(step, handled);
        if (!missing.isEmpty()) {
            throw ApiException.conflict(NOT_YET_SUPPORTED, step.code(),
                    String.join("、", missing.stream().map(m -> m[0]).toList()),
                    String.join(", ", missing.stream().map(m -> m[1]).toList()));
        }
    }

    /** The date against the previous step's and the time rules (also a change request's new date: change package). */
    public static void onTime(StepDates dates, Catalogue catalogue, StepDefinition step, Map<String, LocalDate> recorded,
                              LocalDate date) {
        StepDefinition previous = previous(catalogue, step);
        if (previous != null && date.isBefore(recorded.get(previous.code()))) {
            throw ApiException.conflict(BEFORE_PREVIOUS, step.code(), previous.code(),
                    recorded.get(previous.code()).toString());
        }
        dates.firstAllowed(step, recorded).filter(b -> date.isBefore(b.date())).ifPresent(b -> {
            throw ApiException.conflict(TOO_EARLY, args(step, b));
        });
        dates.latest(step, recorded).filter(b -> date.isAfter(b.date())).ifPresent(b -> {
            throw ApiException.conflict(TOO_LATE, args(step, b));
        });
    }

    /** {0} step, {1} the date, {2} the earlier step, {3} its date, {4} amount, {5} unit in Chinese, {6} in English. */
    private static Object[] args(StepDefinition step, StepDates.Bound b) {
        TimeRule r = b.rule();
        return new Object[] {step.code(), b.date().toString(), r.after(), b.from().toString(),
                Integer.toString(r.amount()), r.unit().label(), english(r)};
    }

    private static String english(TimeRule r) {
        String unit = switch (r.unit()) {
            case DAYS -> "day";
            case WORKING_DAYS -> "working day";
            case MONTHS -> "month";
            case YEARS -> "year";
        };
        return r.amount() == 1 ? unit : unit + "s";
    }

    private static StepDefinition previous(Catalogue catalogue, StepDefinition step) {
        int at = catalogue.position(step.code());
        return at <= 0 ? null : catalogue.steps().get(at - 1);
    }
}
