package org.dangjian.recruitment.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.recruitment.cases.CaseQuery;
import org.dangjian.recruitment.cases.CaseView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening a case from a written application. */
@RestController
@RequestMapping("/api/recruitment/cases")
@Tag(name = "发展党员案卷", description = "发展党员全程纪实：每名申请人一份案卷，按流程逐步记录。Member development: one case per "
        + "applicant, its steps recorded in the catalogue's order.")
public class OpeningController {
    private final CaseOpening opening;
    private final CaseQuery query;

    OpeningController(CaseOpening opening, CaseQuery query) {
        this.opening = opening;
        this.query = query;
    }

    @Administrators
    @PostMapping
    @Operation(operationId = "openRecruitmentCase", summary = "登记入党申请",
            description = "Opens a case from a written application to a branch in the caller's subtree, on the latest "
                    + "catalogue version, with the application step (N01) recorded on the application's date. The ID "
                    + "number is checked (GB 11643) and gives the birth date; the ethnicity is a GB 3304 code; the applicant must be at least the minimum "
                    + "age on the application date (rule set `admission`, 18 by the Party Constitution); ID and phone are "
                    + "stored encrypted and shown masked. One open case per person. Announces "
                    + "dj.recruitment.case-opened.v1 (org-service opens the applicant's account) and "
                    + "dj.recruitment.step-recorded.v1. Send an Idempotency-Key. For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "案卷。The case.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The branch is not found or outside the caller's "
            + "subtree, code ORG_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "此人已有进行中的案卷。The person already has an open case, code "
            + "RECRUITMENT_CASE_ALREADY_OPEN")
    public ResponseEntity<CaseView> open(@Valid @RequestBody OpenCaseRequest request) {
        long id = opening.open(request, CurrentUsers.get());
        return ResponseEntity.created(URI.create("/api/recruitment/cases/" + id)).body(query.one(id));
    }
}
