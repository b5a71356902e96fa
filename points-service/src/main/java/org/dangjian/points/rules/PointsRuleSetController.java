package org.dangjian.points.rules;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.rules.RuleSetChanges;
import org.dangjian.kit.rules.RuleSetRoutes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules that are effective-dated data (dues, organisational life, the appraisal), each declared by its
 * feature as a {@code RuleDefinition}: rules-kit's routes under points-service's area.
 */
@RestController
@RequestMapping("/api/points/rule-sets")
@Tag(name = "业务规则", description = "党费标准、组织生活频次、民主评议比例等按施行日期管理的规则，默认为全国标准。"
        + "Dues, organisational-life frequencies, the appraisal's share and other rules kept as effective-dated data, "
        + "the national values by default.")
public class PointsRuleSetController extends RuleSetRoutes {

    PointsRuleSetController(RuleSetChanges changes) {
        super(changes);
    }
}
