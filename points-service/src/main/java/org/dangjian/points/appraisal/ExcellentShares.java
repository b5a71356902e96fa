package org.dangjian.points.appraisal;

import java.time.LocalDate;
import org.dangjian.kit.rules.RuleBook;
import org.springframework.stereotype.Component;

/**
 * The share of excellent grades for a year's appraisal: the appraisal rules in force on the last day of the
 * year appraised (the rules of that year, even when the branch records it early the next).
 */
@Component
class ExcellentShares {
    private final RuleBook rules;
    private final AppraisalRuleDefinition appraisalRules;

    ExcellentShares(RuleBook rules, AppraisalRuleDefinition appraisalRules) {
        this.rules = rules;
        this.appraisalRules = appraisalRules;
    }

    ExcellentShare forYear(int year) {
        return rules.inForce(appraisalRules, LocalDate.of(year, 12, 31)).excellentShare();
    }
}
