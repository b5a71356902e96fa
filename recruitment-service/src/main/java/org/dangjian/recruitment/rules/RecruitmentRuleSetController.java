package org.dangjian.recruitment.rules;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.rules.RuleSetChanges;
import org.dangjian.kit.rules.RuleSetRoutes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** recruitment-service's rules kept as effective-dated data (the minimum age of an applicant): rules-kit's routes. */
@RestController
@RequestMapping("/api/recruitment/rule-sets")
@Tag(name = "发展党员规则", description = "申请入党年龄等按施行日期管理的规则，默认为全国标准（党章）。"
        + "The minimum age of an applicant and other rules kept as effective-dated data, the national values by default.")
public class RecruitmentRuleSetController extends RuleSetRoutes {

    RecruitmentRuleSetController(RuleSetChanges changes) {
        super(changes);
    }
}
