package org.dangjian.cadre.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The analysis of a subtree's cadres. */
@RestController
@RequestMapping("/api/cadres/analytics")
@Tag(name = "干部队伍分析", description = "基层干部的年龄结构、学历分布、后备梯队等分析。The analysis of a subtree's cadres.")
public class AnalyticsController {
    private final CadreAnalytics analytics;

    AnalyticsController(CadreAnalytics analytics) {
        this.analytics = analytics;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "getCadreAnalytics", summary = "干部队伍分析",
            description = "Today's figures (or, with `quarter`, those at the end of a past quarter from its snapshot, "
                    + "taken when the quarter's update fell due) of the cadres holding posts in an organisation's subtree (the caller's own when "
                    + "`orgId` is not given): age structure and average, education by level, sex, the secretaries' "
                    + "years in post, organisations with and without a secretary, secretaries who also direct the "
                    + "residents' committee (一肩挑), college-graduate officials, the reserve pipeline per position and "
                    + "the posts taken up and left in each of the last five years. A member cadre's details are the "
                    + "member record's. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "分析结果。The figures.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "季度格式应如 2026-Q3（quarter，CADRE_QUARTER_INVALID）。The quarter "
            + "is not like 2026-Q3, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内（ORG_NOT_FOUND），或该季度尚无快照"
            + "（CADRE_QUARTER_SNAPSHOT_NOT_FOUND）。The organisation is not found or outside the caller's subtree, or the "
            + "quarter has no snapshot yet")
    public CadreAnalyticsView get(@Parameter(description = "组织（含下级）。The organisation whose subtree to analyse.")
                                  @RequestParam(required = false) Long orgId,
                                  @Parameter(description = "季度（如 2026-Q3）：按该季度末的快照统计；缺省为今天。A past "
                                          + "quarter, from its snapshot; today when absent.", example = "2026-Q3")
                                  @RequestParam(required = false) String quarter) {
        return analytics.of(orgId, quarter, CurrentUsers.get());
    }
}
