package org.dangjian.recruitment.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.dangjian.kit.calendar.WorkingDays;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.TimeRule;
import org.dangjian.recruitment.catalogue.TimeRuleKind;
import org.springframework.stereotype.Component;

/**
 * A step's dates from its time rules and the dates of the earlier steps recorded: the first day it may be
 * recorded (the latest of its EARLIEST rules), the day it is due (the earliest of its DUE rules) and the last
 * day it may be recorded (the earliest of its LATEST rules). A rule whose earlier step is not recorded yet
 * gives no date. Each date comes with the rule that sets it, so that a refusal can name it. Working days are those
 * of the State Council's holiday calendar (calendar-kit, followed from transfer-service, which keeps it).
 */
@Component
public class StepDates {
    private final WorkingDays workingDays;

    public StepDates(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** A date a rule sets: {@code rule} counted from {@code from}, the date of the step it names. */
    public record Bound(LocalDate date, TimeRule rule, LocalDate from) {
    }

    public Optional<Bound> firstAllowed(StepDefinition step, Map<String, LocalDate> recorded) {
        return bounds(step, recorded, TimeRuleKind.EARLIEST).max(Comparator.comparing(Bound::date));
    }

    public Optional<Bound> due(StepDefinition step, Map<String, LocalDate> recorded) {
        return bounds(step, recorded, TimeRuleKind.DUE).min(Comparator.comparing(Bound::date));
    }

    public Optional<Bound> latest(StepDefinition step, Map<String, LocalDate> recorded) {
        return bounds(step, recorded, TimeRuleKind.LATEST).min(Comparator.comparing(Bound::date));
    }

    private java.util.stream.Stream<Bound> bounds(StepDefinition step, Map<String, LocalDate> recorded,
                                                        TimeRuleKind kind) {
        return step.timeRules().stream().filter(r -> r.kind() == kind && recorded.containsKey(r.after()))
                .map(r -> new Bound(after(recorded.get(r.after()), r), r, recorded.get(r.after())));
    }

    /** The date {@code rule}'s span after {@code from}. */
    public LocalDate after(LocalDate from, TimeRule rule) {
        return switch (rule.unit()) {
            case DAYS -> from.plusDays(rule.amount());
            case MONTHS -> from.plusMonths(rule.amount());
            case YEARS -> from.plusYears(rule.amount());
            case WORKING_DAYS -> workingDays.add(from, rule.amount());
        };
    }
}
