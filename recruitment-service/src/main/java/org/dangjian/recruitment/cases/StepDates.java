package org.dangjian.recruitment.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.TimeRule;
import org.dangjian.recruitment.catalogue.TimeRuleKind;

/**
 * A step's dates from its time rules and the dates of the earlier steps recorded: the first day it may be
 * recorded (the latest of its EARLIEST rules), the day it is due (the earliest of its DUE rules) and the last
 * day it may be recorded (the earliest of its LATEST rules). A rule whose earlier step is not recorded yet
 * gives no date. Each date comes with the rule that sets it, so that a refusal can name it.
 */
public final class StepDates {
    private StepDates() {
    }

    /** A date a rule sets: {@code rule} counted from {@code from}, the date of the step it names. */
    public record Bound(LocalDate date, TimeRule rule, LocalDate from) {
    }

    public static Optional<Bound> firstAllowed(StepDefinition step, Map<String, LocalDate> recorded) {
        return bounds(step, recorded, TimeRuleKind.EARLIEST).max(Comparator.comparing(Bound::date));
    }

    public static Optional<Bound> due(StepDefinition step, Map<String, LocalDate> recorded) {
        return bounds(step, recorded, TimeRuleKind.DUE).min(Comparator.comparing(Bound::date));
    }

    public static Optional<Bound> latest(StepDefinition step, Map<String, LocalDate> recorded) {
        return bounds(step, recorded, TimeRuleKind.LATEST).min(Comparator.comparing(Bound::date));
    }

    private static java.util.stream.Stream<Bound> bounds(StepDefinition step, Map<String, LocalDate> recorded,
                                                        TimeRuleKind kind) {
        return step.timeRules().stream().filter(r -> r.kind() == kind && recorded.containsKey(r.after()))
                .map(r -> new Bound(after(recorded.get(r.after()), r), r, recorded.get(r.after())));
    }

    /** The date {@code rule}'s span after {@code from}. */
    public static LocalDate after(LocalDate from, TimeRule rule) {
        return switch (rule.unit()) {
            case DAYS -> from.plusDays(rule.amount());
            case MONTHS -> from.plusMonths(rule.amount());
            case YEARS -> from.plusYears(rule.amount());
            case WORKING_DAYS -> workingDaysAfter(from, rule.amount());
        };
    }

    /**
     * The {@code n}th working day after {@code from}. Working days are counted Monday to Friday: the State
     * Council's holiday calendar (public holidays, weekend days made working days) is kept by transfer-service
     * today and is not available here; which kit or service owns it is an open question. Until then a notice
     * period spanning a holiday ends too early by the holiday's length.
     */
    static LocalDate workingDaysAfter(LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
