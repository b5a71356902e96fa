package org.dangjian.member.rules;

import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.rules.RuleTimeline;
import org.springframework.stereotype.Component;

/**
 * The minimum ages at admission as the city has set them, read once per registration or import so that a file
 * of thousands of members does not ask the database for each row's join date.
 */
@Component
public class AdmissionAges {
    private final RuleBook book;
    private final AdmissionRuleDefinition admission;

    AdmissionAges(RuleBook book, AdmissionRuleDefinition admission) {
        this.book = book;
        this.admission = admission;
    }

    public MinimumAge asSet() {
        RuleTimeline<AdmissionRules> timeline = book.timeline(admission);
        return joinDate -> timeline.inForce(joinDate).minimumAge();
    }
}
