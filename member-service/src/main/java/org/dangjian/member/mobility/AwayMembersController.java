package org.dangjian.member.mobility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.member.record.MemberView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/members/mobile}: the monthly prompt to transfer members long away. */
@RestController
@Tag(name = "党员查询", description = "在所辖组织范围内查找党员。Searching members within the caller's organisations.")
public class AwayMembersController {
    private final AwayMembers away;

    public AwayMembersController(AwayMembers away) {
        this.away = away;
    }

    @GetMapping("/api/members/mobile")
    @Administrators
    @Operation(operationId = "listMobileMembersAway", summary = "外出流动满一定月数的党员（提示转接组织关系）",
            description = "Mobile members (流动党员) on the roll who have been away at least `awayAtLeastMonths` months (6 by default: "
                    + "away six months or more, they should transfer their relationship to where they are), longest away "
                    + "first, masked and paged. Administrators go through it monthly as the prompt to transfer. For "
                    + "administrators (@Administrators) within their data scope; `orgId` narrows it to a subtree.")
    @ApiResponse(responseCode = "200", description = "一页党员（已脱敏）。One page of members, masked.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation orgId is not found or outside the caller's scope, code ORG_NOT_FOUND")
    public PageResult<MemberView> awayAtLeast(
            @Parameter(description = "外出至少多少个月，缺省为 6。Away at least this many months; 6 when absent.", example = "6")
            @RequestParam(defaultValue = "" + AwayMembers.PROMPT_AFTER_MONTHS) int awayAtLeastMonths,
            @Parameter(description = "组织；缺省为调用者所辖范围。The organisation; the caller's scope when absent.")
            @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return away.awayAtLeast(awayAtLeastMonths, orgId, PageQuery.of(page, size)).map(MemberView::of);
    }
}
