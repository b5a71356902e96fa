package org.dangjian.recruitment.step;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.recruitment.cases.CaseQuery;
import org.dangjian.recruitment.cases.CaseView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recording a step of a case. */
@RestController
@RequestMapping("/api/recruitment/cases/{id}/steps")
@Tag(name = "发展党员案卷", description = "发展党员全程纪实：每名申请人一份案卷，按流程逐步记录。Member development: one case per "
        + "applicant, its steps recorded in the catalogue's order.")
public class StepController {
    private final StepRecording recording;
    private final CaseQuery query;

    StepController(StepRecording recording, CaseQuery query) {
        this.recording = recording;
        this.query = query;
    }

    @Administrators
    @PostMapping("/{code}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordRecruitmentStep", summary = "记录步骤",
            description = "Records a step of the case's catalogue as done on a date (not after today) with the values of "
                    + "its fields (required ones present, numbers not below their minimum, choices among their values). "
                    + "Only the administrators of the organisation that performs the step record it: the branch's (or "
                    + "above) for the branch's steps, a committee's above the branch for a committee's, the city's for the "
                    + "organisation department's (403 naming the performer). Steps unlock in the catalogue's order: the "
                    + "previous step first, a date not before the previous step's, not before the first day the time "
                    + "rules allow nor after the last (409 naming the step, the date and the rule). A step asking for a "
                    + "photo or a document needs one attached first (409 RECRUITMENT_EVIDENCE_MISSING). A vote step carries the "
                    + "branch meeting's counts (`vote`): refused unless more than half of the branch's full members are "
                    + "present and more than half of them vote yes (409 with the figures; impossible counts 400). A step "
                    + "naming training contacts or introducers lists their member ids (`people`): full members on the "
                    + "roster, none twice, as many as the catalogue asks (400 naming each bad id). A step waiting for an "
                    + "exam needs a pass of that kind dated on or before it (409). A step of a finer catalogue asking for "
                    + "a kind of thing the platform cannot record cannot be "
                    + "recorded yet (409 RECRUITMENT_STEP_NOT_YET_SUPPORTED naming what). Announces "
                    + "dj.recruitment.step-recorded.v1. Returns the case. "
                    + "The admission and confirmation approvals carry their `outcome` (400 on `outcome.*` when missing, "
                    + "not this approval's, a refusal or cancellation without its reason, an extension not of 6 to 12 "
                    + "months): APPROVED admits (dj.recruitment.admitted.v1 dated by the branch meeting), REFUSED closes "
                    + "the case (dj.recruitment.case-closed.v1); CONFIRMED confirms from the day probation ended, "
                    + "EXTENDED extends it once (409 RECRUITMENT_PROBATION_ALREADY_EXTENDED) and sends the confirmation "
                    + "round's steps round again, the vote not before the extension ends (409 "
                    + "RECRUITMENT_STEP_BEFORE_EXTENSION_ENDS), CANCELLED closes the case (dj.recruitment.confirmed.v1; "
                    + "a closed case takes no step: 409 RECRUITMENT_CASE_NOT_OPEN). For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "记录后的案卷。The case with the step recorded.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "该步骤由其他组织办理。The step is another organisation's to record, code "
            + "FORBIDDEN, detail RECRUITMENT_STEP_PERFORMED_BY")
    @ApiResponse(responseCode = "404", description = "案卷不存在或不在所辖范围内，或流程中没有此步骤。No such case in the caller's "
            + "subtree (RECRUITMENT_CASE_NOT_FOUND), or no such step in its catalogue (RECRUITMENT_STEP_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "步骤已记录、上一步未完成、日期不符合时限，或平台尚不支持该步骤。Already "
            + "recorded (RECRUITMENT_STEP_ALREADY_RECORDED), the previous step not done (RECRUITMENT_STEP_PREVIOUS_FIRST), "
            + "before the previous step (RECRUITMENT_STEP_BEFORE_PREVIOUS), too early (RECRUITMENT_STEP_TOO_EARLY) or too "
            + "late (RECRUITMENT_STEP_TOO_LATE), or not yet supported (RECRUITMENT_STEP_NOT_YET_SUPPORTED); the branch "
            + "meeting's vote void (RECRUITMENT_VOTE_NO_QUORUM) or not carried (RECRUITMENT_VOTE_NOT_CARRIED), the exam "
            + "not passed (RECRUITMENT_EXAM_NOT_PASSED)")
    public CaseView record(@Parameter(description = "案卷号。The case id.") @PathVariable long id,
                           @Parameter(description = "步骤编码。The step's code.", example = "N02") @PathVariable String code,
                           @Valid @RequestBody RecordStepRequest request) {
        recording.record(id, code, request, CurrentUsers.get());
        return query.one(id);
    }
}
