package org.dangjian.kit.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Every value a rule set has had or is to have, read once: what many days are checked against (an import of
 * thousands of rows asks for each row's day). The value in force on a day is the one set from the latest day
 * not after it; of two set from the same day, the later set. Before any, the national value. So a change
 * applies from its day on and never to a day before it: what was decided for the past keeps its value.
 */
public final class RuleTimeline<T> {
    private static final Comparator<RuleEntry<?>> LATEST_SET_FIRST =
            Comparator.comparingInt((RuleEntry<?> e) -> e.version()).reversed();
    private static final Comparator<RuleEntry<?>> LATEST_DAY_THEN_LATEST_SET =
            Comparator.comparing((RuleEntry<?> e) -> e.effectiveFrom()).thenComparingInt(RuleEntry::version);
    private final RuleEntry<T> national;
    private final List<RuleEntry<T>> history;

    public RuleTimeline(RuleEntry<T> national, List<RuleEntry<T>> entries) {
        this.national = national;
        this.history = entries.stream().sorted(LATEST_SET_FIRST).toList();
    }

    /** The timeline of a rule set with the values set so far. */
    public static <T> RuleTimeline<T> of(RuleDefinition<T> rule, List<RuleEntry<T>> entries) {
        return new RuleTimeline<>(RuleEntry.national(rule), entries);
    }

    public RuleEntry<T> entryInForce(LocalDate day) {
        return history.stream().filter(e -> !e.effectiveFrom().isAfter(day))
                .max(LATEST_DAY_THEN_LATEST_SET).orElse(national);
    }

    public T inForce(LocalDate day) {
        return entryInForce(day).value();
    }

    /** Every value set, the latest set first. */
    public List<RuleEntry<T>> history() {
        return history;
    }
}
