package org.dangjian.recruitment.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's whole record in order (全程纪实). */
@RestController
@RequestMapping("/api/recruitment/cases")
@Tag(name = "发展党员案卷", description = "发展党员全程纪实：每名申请人一份案卷，按流程逐步记录。Member development: one case per "
        + "applicant, its steps recorded in the catalogue's order.")
public class TimelineController {
    private final Timelines timelines;

    TimelineController(Timelines timelines) {
        this.timelines = timelines;
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}/timeline")
    @Operation(operationId = "getRecruitmentCaseTimeline", summary = "案卷全程纪实",
            description = "Every recorded step of a case in the catalogue's order, with its date, its values, who recorded "
                    + "it and when. For administrators and auditors whose subtree holds the case (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "全程纪实。The timeline.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "案卷不存在或不在所辖范围内。No such case in the caller's subtree, code "
            + "RECRUITMENT_CASE_NOT_FOUND")
    public CaseTimeline timeline(@Parameter(description = "案卷号。The case id.") @PathVariable long id) {
        return timelines.of(id);
    }
}
