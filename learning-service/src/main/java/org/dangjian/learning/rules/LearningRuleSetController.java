package org.dangjian.learning.rules;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.rules.RuleSetChanges;
import org.dangjian.kit.rules.RuleSetRoutes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** learning-service's rules kept as effective-dated data (the yearly class hours): rules-kit's routes. */
@RestController
@RequestMapping("/api/learning/rule-sets")
@Tag(name = "学习规则", description = "每年学时要求等按施行日期管理的规则，默认为全国标准。"
        + "The yearly class hours and other rules kept as effective-dated data, the national values by default.")
public class LearningRuleSetController extends RuleSetRoutes {

    LearningRuleSetController(RuleSetChanges changes) {
        super(changes);
    }
}
