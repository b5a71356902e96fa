package org.dangjian.recruitment.change;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.recruitment.cases.ChangeStatus;
import org.dangjian.recruitment.cases.StepChangeView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Change requests to completed steps: asked by whoever records the step, decided by the superior organisation. */
@RestController
@Tag(name = "发展党员步骤修改审批", description = "修改已完成的步骤须经上级党组织批准，原记录留档。Changing a completed step "
        + "needs the superior organisation's approval; the original stays in the history.")
public class ChangeController {
    static final String NOT_FOUND = "修改申请不存在或不在所辖范围内。No such change request in the caller's subtree, code "
            + "RECRUITMENT_CHANGE_NOT_FOUND";
    static final String FORBIDDEN = "由上级组织的其他管理员审批。Decided by another administrator of the approving "
            + "organisation, code FORBIDDEN, detail RECRUITMENT_CHANGE_DECIDED_BY or RECRUITMENT_CHANGE_OWN_REQUEST";
    private final ChangeRequests requests;

    ChangeController(ChangeRequests requests) {
        this.requests = requests;
    }

    @Administrators
    @PostMapping("/api/recruitment/cases/{id}/steps/{code}/changes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "requestRecruitmentStepChange", summary = "申请修改已完成的步骤",
            description = "Asks to change a completed step: a new date, new values (replacing all, checked like the "
                    + "step's own), attachments to take off, and the reason. Whoever may record the step asks (403 "
                    + "naming the performer otherwise); the superior of the organisation that performs it decides. "
                    + "Nothing changes until it is approved. The new date must keep the gate against the neighbouring "
                    + "steps (409 with the gate's reason), and the step must keep the photo or document its catalogue "
                    + "entry asks for (409 RECRUITMENT_EVIDENCE_MISSING). One pending request per step. For "
                    + "administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "待审批的修改申请。The pending request.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "没有要修改的内容、日期晚于今天、字段值不符或附件不在该步骤上。Nothing to "
            + "change (RECRUITMENT_CHANGE_NOTHING), or a field at fault (VALIDATION_FAILED: date, fields.<name>, "
            + "removeAttachmentIds, reason)")
    @ApiResponse(responseCode = "403", description = "该步骤由其他组织办理。The step is another organisation's, code "
            + "FORBIDDEN, detail RECRUITMENT_STEP_PERFORMED_BY")
    @ApiResponse(responseCode = "404", description = "案卷不存在或不在所辖范围内，或流程中没有此步骤。No such case in the "
            + "caller's subtree (RECRUITMENT_CASE_NOT_FOUND), or no such step (RECRUITMENT_STEP_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "步骤未记录、已有待审批的申请、新日期不符合时限或缺少附件。The step is not "
            + "recorded (RECRUITMENT_CHANGE_STEP_NOT_RECORDED), a request waits already "
            + "(RECRUITMENT_CHANGE_ALREADY_PENDING), the new date breaks the gate (RECRUITMENT_STEP_BEFORE_PREVIOUS, "
            + "RECRUITMENT_STEP_TOO_EARLY, RECRUITMENT_STEP_TOO_LATE), or the evidence would be missing "
            + "(RECRUITMENT_EVIDENCE_MISSING)")
    public StepChangeView request(@Parameter(description = "案卷号。The case id.") @PathVariable long id,
                                  @Parameter(description = "步骤编码。The step's code.", example = "N02")
                                  @PathVariable String code,
                                  @Valid @RequestBody ChangeStepRequest request) {
        return requests.request(id, code, request, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/api/recruitment/changes")
    @Operation(operationId = "listRecruitmentStepChanges", summary = "待审批的步骤修改申请",
            description = "The change requests an organisation decides (the caller's own when `orgId` is not given), "
                    + "pending ones unless `status` says otherwise, latest first; paged. For administrators and auditors "
                    + "(@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页修改申请。A page of change requests.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the "
            + "caller's subtree, code ORG_NOT_FOUND")
    public PageResult<StepChangeView> list(@Parameter(description = "审批组织。The deciding organisation.")
                                           @RequestParam(required = false) Long orgId,
                                           @Parameter(description = "状态，默认待审批。Status; PENDING by default.")
                                           @RequestParam(required = false) ChangeStatus status,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return requests.decidedBy(orgId, status, PageQuery.of(page, size), CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/api/recruitment/changes/{changeId}/approve")
    @Operation(operationId = "approveRecruitmentStepChange", summary = "批准步骤修改",
            description = "Approves a pending change: the step takes the new date and values, the attachments named are "
                    + "taken off it (kept for the history), the request keeps the original, and "
                    + "dj.recruitment.step-changed.v1 is announced. Refused with the gate's reason when the new date no "
                    + "longer fits between the neighbouring steps (the request stays pending). Administrators of the "
                    + "approving organisation or above, not the one who asked (@Administrators).")
    @ApiResponse(responseCode = "200", description = "已批准的申请。The approved request.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "已审批，或新日期不再符合时限。Decided already "
            + "(RECRUITMENT_CHANGE_ALREADY_DECIDED), or the new date breaks the gate (RECRUITMENT_STEP_BEFORE_PREVIOUS, "
            + "RECRUITMENT_STEP_TOO_EARLY, RECRUITMENT_STEP_TOO_LATE)")
    public StepChangeView approve(@Parameter(description = "申请编号。The request's id.") @PathVariable long changeId) {
        return requests.approve(changeId, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/api/recruitment/changes/{changeId}/refuse")
    @Operation(operationId = "refuseRecruitmentStepChange", summary = "不批准步骤修改",
            description = "Refuses a pending change with the reason; the step stays as it was. Administrators of the "
                    + "approving organisation or above, not the one who asked (@Administrators).")
    @ApiResponse(responseCode = "200", description = "不予批准的申请。The refused request.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "须说明理由。The reason is required, code VALIDATION_FAILED on reason")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = "已审批。Decided already, code RECRUITMENT_CHANGE_ALREADY_DECIDED")
    public StepChangeView refuse(@Parameter(description = "申请编号。The request's id.") @PathVariable long changeId,
                                 @Valid @RequestBody RefuseChangeRequest request) {
        return requests.refuse(changeId, request.reason(), CurrentUsers.get());
    }
}
