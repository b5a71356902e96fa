package org.dangjian.member.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/members/stats?orgId=}: the breakdowns of a subtree in the caller's scope. */
@RestController
@Tag(name = "党员统计", description = "组织及其下级的党员构成统计。Breakdowns of the members of an organisation and those below it.")
public class MemberStatsController {
    private final MemberStats stats;

    public MemberStatsController(MemberStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/members/stats")
    @Operation(operationId = "getMemberStats", summary = "查看党员统计",
            description = "The breakdowns of an organisation's subtree (state, standing and mobility apart, gender, age band, education, ethnicity, admission "
                    + "period, child organisation), with counts and shares; `total` counts every record, the other breakdowns "
                    + "active members only. Any signed-in caller whose data scope covers the organisation (the caller's own when absent).")
    @ApiResponse(responseCode = "200", description = "统计结果。The breakdowns.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the caller's scope, code ORG_NOT_FOUND")
    public MemberStatsView stats(@Parameter(description = "组织；缺省为调用者本组织。The organisation; the caller's own when absent.")
                                 @RequestParam(required = false) Long orgId) {
        return stats.of(orgId);
    }
}
