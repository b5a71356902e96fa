package org.dangjian.points.appraisal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual member appraisal (民主评议党员): recorded by the branch, read by administrators and by each member. */
@RestController
@Tag(name = "民主评议党员", description = "党支部年度民主评议党员：自评、互评摘要和支部评定的等次，积分仅供参考。"
        + "A branch's annual member appraisal: the self- and mutual-assessment summaries and the branch's grades, points "
        + "shown as a reference only.")
public class AppraisalController {
    private final Appraisals appraisals;
    private final Clock clock;

    AppraisalController(Appraisals appraisals, Clock clock) {
        this.appraisals = appraisals;
        this.clock = clock;
    }

    @Administrators
    @PutMapping("/api/points/appraisals")
    @Operation(operationId = "recordAppraisal", summary = "登记年度民主评议党员",
            description = "Records a branch's appraisal of a year (not after this year), replacing any earlier record of that "
                    + "year: the summaries of the self-assessment and the mutual assessment, and the branch's grade of each "
                    + "member appraised (members on the branch's roll, each once). Refused (400, field `grades`) when more "
                    + "than the share in force (one third nationally) would be excellent. Points play no part in it. For "
                    + "administrators (@Administrators) of the branch or above.")
    @ApiResponse(responseCode = "200", description = "登记后的评议。The appraisal as recorded.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public AppraisalView record(@Valid @RequestBody AppraisalRequest request) {
        return appraisals.record(request, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/api/points/appraisals")
    @Operation(operationId = "getAppraisal", summary = "查看党支部的年度民主评议",
            description = "A branch's appraisal of a year (last year by default, the one appraised at the start of a year): "
                    + "each member on its roll (and any graded member who has left since) with the branch's grade and the "
                    + "year's points beside it as a reference; `recorded` false, with no grades, before the branch records "
                    + "it. For administrators and auditors (@AdministratorsOrAuditors) of the branch or above.")
    @ApiResponse(responseCode = "200", description = "评议情况。The appraisal.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public AppraisalView of(@Parameter(description = "党支部。The branch.", example = "1893456789012345678")
                            @RequestParam long orgId,
                            @Parameter(description = "评议年度，默认上一年。The year, last year by default.", example = "2025")
                            @RequestParam(required = false) Integer year) {
        return appraisals.of(orgId, year != null ? year : LocalDate.now(clock).getYear() - 1, CurrentUsers.get());
    }

    @GetMapping("/api/points/members/{memberId}/appraisals")
    @Operation(operationId = "getMemberAppraisals", summary = "查看党员历年评议等次",
            description = "A member's grades, newest year first. The member themself, and administrators and auditors of the "
                    + "member's subtree (to anyone else the member is not found).")
    @ApiResponse(responseCode = "200", description = "历年等次。The grades.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "党员不存在或不在所辖范围内。The member is not found or not one the caller may read, code POINTS_MEMBER_NOT_FOUND")
    public List<MemberAppraisalView> ofMember(@PathVariable long memberId) {
        return appraisals.ofMember(memberId);
    }
}
