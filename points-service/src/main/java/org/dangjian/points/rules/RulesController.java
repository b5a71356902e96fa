package org.dangjian.points.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "积分规则", description = "现行积分规则的查看与修改（修改后重算当年积分）。"
        + "The points rules in force, and changing them (which recalculates the year's totals).")
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
    @Schema(name = "PointRulesView", description = "现行积分规则及最近一次重算。The rules in force with their version, and the latest recalculation.")
    public record RulesView(@Schema(description = "规则版本号，每次修改后增大（与其他业务规则共用编号）。The rules' version, higher at each change (numbered with the other rule sets).", example = "3") int version,
                            PointRules rules,
                            @Schema(description = "最近一次重算，尚无时为空。The latest recalculation, null if none yet.")
                            Recalculations.Run recalculation) {
    }

    @GetMapping
    @Operation(operationId = "getPointRules", summary = "查看积分规则",
            description = "The points rules in force with their version, and how far the latest recalculation got. Any signed-in "
                    + "caller (a member may see how points are earned).")
    public RulesView current() {
        RuleSets.Version v = ruleSets.current();
        return new RulesView(v.version(), v.rules(), recalculations.latest().orElse(null));
    }

    @CityAdminOnly
    @PutMapping
    @Operation(operationId = "changePointRules", summary = "修改积分规则",
            description = "Saves a new version of the rules: every number from 0 to 1000 with at most one decimal, every "
                    + "activity type given a value (0 is a value), caps optional. Once saved, every member's total for this "
                    + "year is recalculated in the background; `recalculation` says how far it got. For the city "
                    + "administrator only (@CityAdminOnly).")
    public RulesView change(@Valid @RequestBody RulesRequest request) {
        RuleSets.Version v = change.apply(request, CurrentUsers.get().accountId());
        return new RulesView(v.version(), v.rules(), recalculations.latest().orElse(null));
    }
}
