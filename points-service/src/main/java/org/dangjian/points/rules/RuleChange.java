package org.dangjian.points.rules;

import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A new version of the rules, and once it is committed, the recalculation of this year's totals. */
@Service
class RuleChange {
    static final String EVERY_TYPE = "POINTS_RULES_EVERY_ACTIVITY_TYPE";
    private final RuleSets ruleSets;
    private final Recalculations recalculations;
    private final Clock clock;

    RuleChange(RuleSets ruleSets, Recalculations recalculations, Clock clock) {
        this.ruleSets = ruleSets;
        this.recalculations = recalculations;
        this.clock = clock;
    }

    @Transactional
    public RuleSets.Version apply(RulesRequest request, long by) {
        if (!request.valuesEveryActivityType()) {
            throw ApiException.invalidField("perActivity", EVERY_TYPE);
        }
        RuleSets.Version saved = ruleSets.save(request.toRules(), by);
        int year = LocalDate.now(clock).getYear();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                recalculations.start(saved.version(), year);
            }
        });
        return saved;
    }
}
