package org.dangjian.points.rules;

import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules in force, readable by everyone signed in (a member may see how points are earned), and
 * changed by the city administrator: each change is a new version, and every member's total for the
 * year is recalculated in the background ({@code recalculation} says how far it got).
 */
@RestController
@RequestMapping("/api/points/rules")
public class RulesController {
    private final RuleSets ruleSets;
    private final RuleChange change;
    private final Recalculations recalculations;

    RulesController(RuleSets ruleSets, RuleChange change, Recalculations recalculations) {
        this.ruleSets = ruleSets;
        this.change = change;
        this.recalculations = recalculations;
    }

    /** The rules with their version, and the latest recalculation. */
    public record RulesView(int version, PointRules rules, Recalculations.Run recalculation) {
    }

    @GetMapping
    public RulesView current() {
        RuleSets.Version v = ruleSets.current();
        return new RulesView(v.version(), v.rules(), recalculations.latest().orElse(null));
    }

    @CityAdminOnly
    @PutMapping
    public RulesView change(@Valid @RequestBody RulesRequest request) {
        RuleSets.Version v = change.apply(request, CurrentUsers.get().accountId());
        return new RulesView(v.version(), v.rules(), recalculations.latest().orElse(null));
    }
}
