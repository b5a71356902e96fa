package org.dangjian.points.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules that are effective-dated data (dues, organisational life, the appraisal): administrators read
 * them with their history, the city administrator sets a new value from a day on.
 */
@RestController
@RequestMapping("/api/points/rule-sets")
@Tag(name = "业务规则", description = "党费标准、组织生活频次、民主评议比例等按施行日期管理的规则，默认为全国标准。"
        + "Dues, organisational-life frequencies, the appraisal's share and other rules kept as effective-dated data, "
        + "the national values by default.")
public class RuleSetController {
    private final RuleSetChanges changes;

    RuleSetController(RuleSetChanges changes) {
        this.changes = changes;
    }

    @Administrators
    @GetMapping
    @Operation(operationId = "listRuleSets", summary = "查看全部业务规则",
            description = "Every effective-dated rule set with the value in force today and its history. For administrators "
                    + "(@Administrators).")
    public List<RuleSetView> all() {
        return changes.all();
    }

    @Administrators
    @GetMapping("/{name}")
    @Operation(operationId = "getRuleSet", summary = "查看一项业务规则",
            description = "A rule set (`dues`, `organisational-life`, `appraisal`): the value in force today and every value "
                    + "it has had or is to have, with the day it applies from, its basis, who set it and when. For "
                    + "administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "规则及其历史。The rule set and its history.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "没有这项规则。No such rule set, code POINTS_RULE_SET_NOT_FOUND")
    public RuleSetView one(@Parameter(description = "规则名称。The rule set's name.", example = "dues") @PathVariable String name) {
        return changes.view(name);
    }

    @CityAdminOnly
    @PutMapping("/{name}")
    @Operation(operationId = "changeRuleSet", summary = "修改业务规则",
            description = "Sets a new value of a rule set from a day on (today or later); the days before it keep the value "
                    + "they had, and so does everything computed for them. The value is the whole rule set, shaped as `value` "
                    + "in the answer of GET; each fault is named by its field below `value`. For the city administrator "
                    + "only (@CityAdminOnly).")
    @ApiResponse(responseCode = "200", description = "修改后的规则及其历史。The rule set with its history.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "没有这项规则。No such rule set, code POINTS_RULE_SET_NOT_FOUND")
    public RuleSetView change(@Parameter(description = "规则名称。The rule set's name.", example = "dues") @PathVariable String name,
                              @Valid @RequestBody RuleSetRequest request) {
        return changes.change(name, request, CurrentUsers.get().accountId());
    }
}
