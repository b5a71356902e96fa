package org.dangjian.kit.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The routes of a service's rule sets: administrators read each with its history, the city administrator
 * sets a new value from a day on. A service mounts them under its own area by extending this class:
 * <pre>
 * &#64;RestController
 * &#64;RequestMapping("/api/members/rule-sets")
 * &#64;Tag(name = "业务规则", description = "...")
 * public class MemberRuleSetController extends RuleSetRoutes { ... }
 * </pre>
 * Operation ids follow the subclass (web-kit's StableOperationIds: {@code memberRuleSetList}, {@code pointsRuleSetGet}),
 * so that each service's client methods stay unique across the platform.
 */
public abstract class RuleSetRoutes {
    private final RuleSetChanges changes;

    protected RuleSetRoutes(RuleSetChanges changes) {
        this.changes = changes;
    }

    @Administrators
    @GetMapping
    @Operation(summary = "查看全部业务规则",
            description = "Every effective-dated rule set with the value in force today and its history. For administrators "
                    + "(@Administrators).")
    public List<RuleSetView> list() {
        return changes.all();
    }

    @Administrators
    @GetMapping("/{name}")
    @Operation(summary = "查看一项业务规则",
            description = "A rule set: the value in force today and every value it has had or is to have, with the day it "
                    + "applies from, its basis, who set it and when (the national value: seeded, by nobody). For "
                    + "administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "规则及其历史。The rule set and its history.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "没有这项规则。No such rule set, code RULE_SET_NOT_FOUND")
    public RuleSetView get(@Parameter(description = "规则名称。The rule set's name.") @PathVariable String name) {
        return changes.view(name);
    }

    @CityAdminOnly
    @PutMapping("/{name}")
    @Operation(summary = "修改业务规则",
            description = "Sets a new value of a rule set from a day on (today or later); the days before it keep the value "
                    + "they had, and so does everything decided for them. The value is the whole rule set, shaped as `value` "
                    + "in the answer of GET; each fault is named by its field below `value`. For the city administrator "
                    + "only (@CityAdminOnly).")
    @ApiResponse(responseCode = "200", description = "修改后的规则及其历史。The rule set with its history.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "没有这项规则。No such rule set, code RULE_SET_NOT_FOUND")
    public RuleSetView change(@Parameter(description = "规则名称。The rule set's name.") @PathVariable String name,
                              @Valid @RequestBody RuleSetRequest request) {
        return changes.change(name, request, CurrentUsers.get().accountId());
    }
}
