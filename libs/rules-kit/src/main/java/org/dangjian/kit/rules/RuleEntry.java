package org.dangjian.kit.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One value of a rule set: from when, what, on what basis, who set it and when. Version 0 is the national
 * value of the definition, never stored (no day, set by nobody); a seeded national row has a version but no
 * setter either.
 */
public record RuleEntry<T>(int version, LocalDate effectiveFrom, T value, String source, Long setBy, Instant setAt) {

    static <T> RuleEntry<T> national(RuleDefinition<T> rule) {
        return new RuleEntry<>(0, null, rule.national(), rule.nationalSource(), null, null);
    }
}
