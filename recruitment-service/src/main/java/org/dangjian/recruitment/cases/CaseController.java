package org.dangjian.recruitment.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading cases: one whole, or a subtree's open cases. */
@RestController
@RequestMapping("/api/recruitment/cases")
@Tag(name = "发展党员案卷", description = "发展党员全程纪实：每名申请人一份案卷，按流程逐步记录。Member development: one case per "
        + "applicant, its steps recorded in the catalogue's order.")
public class CaseController {
    static final String NOT_FOUND = "案卷不存在或不在所辖范围内。No such case in the caller's subtree, code RECRUITMENT_CASE_NOT_FOUND";
    private final CaseQuery query;
    private final MyCase mine;

    CaseController(CaseQuery query, MyCase mine) {
        this.query = query;
        this.mine = mine;
    }

    @GetMapping("/mine")
    @Operation(operationId = "getMyRecruitmentCase", summary = "查看我的发展进度",
            description = "The caller's own development case, for the mini-program: the stage, the steps done with their "
                    + "dates, and the next step with who performs it, the first day it may be done and the day it is due. "
                    + "Not the steps' values, votes, named people or files. For an applicant's account; "
                    + "404 RECRUITMENT_NO_OWN_CASE for anyone else.")
    @ApiResponse(responseCode = "200", description = "本人的发展进度。The caller's own progress.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "没有本人的案卷。The caller has no case of their own, code RECRUITMENT_NO_OWN_CASE")
    public MyCaseView mine() {
        return mine.of(CurrentUsers.get(), CurrentUsers.applicantId());
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    @Operation(operationId = "getRecruitmentCase", summary = "查看案卷",
            description = "A case whole: the person (ID and phone masked), the stage, the steps recorded with their values, "
                    + "and the next step with who performs it, the first day it may be recorded and the day it is due. For "
                    + "administrators and auditors whose subtree holds it (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "案卷。The case.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    public CaseView one(@Parameter(description = "案卷号。The case id.") @PathVariable long id) {
        return query.one(id);
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listRecruitmentCases", summary = "进行中的案卷",
            description = "The open cases of an organisation's subtree (the caller's own when `orgId` is not given), the "
                    + "latest first, each with its stage, last step and next step; paged. For administrators and auditors "
                    + "(@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页案卷。A page of cases.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the "
            + "caller's subtree, code ORG_NOT_FOUND")
    public PageResult<CaseSummary> list(@Parameter(description = "组织（含下级）。The organisation whose subtree to list.")
                                        @RequestParam(required = false) Long orgId,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return query.openCases(orgId, PageQuery.of(page, size), CurrentUsers.get());
    }
}
