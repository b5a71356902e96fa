package org.dangjian.member.rules;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.rules.RuleSetChanges;
import org.dangjian.kit.rules.RuleSetRoutes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** member-service's rules kept as effective-dated data (the minimum age at admission): rules-kit's routes. */
@RestController
@RequestMapping("/api/members/rule-sets")
@Tag(name = "业务规则", description = "入党年龄等按施行日期管理的规则，默认为全国标准（党章）。"
        + "The minimum age at admission and other rules kept as effective-dated data, the national values by default.")
public class MemberRuleSetController extends RuleSetRoutes {

    MemberRuleSetController(RuleSetChanges changes) {
        super(changes);
    }
}
