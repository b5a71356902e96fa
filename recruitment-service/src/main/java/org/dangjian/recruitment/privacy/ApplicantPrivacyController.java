package org.dangjian.recruitment.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.privacy.UnmaskReason;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "申请人敏感信息查看", description = "查看申请人的明文身份证号和手机号。Reading an applicant's ID and phone numbers in clear.")
public class ApplicantPrivacyController {
    private final ApplicantUnmasking unmasking;

    ApplicantPrivacyController(ApplicantUnmasking unmasking) {
        this.unmasking = unmasking;
    }

    /** Clear numbers must not linger in a browser or proxy cache. */
    @PostMapping("/api/recruitment/cases/{id}/unmask")
    @Operation(operationId = "unmaskApplicant", summary = "查看申请人明文证件号和手机号",
            description = "The case's person's ID and phone numbers in clear, not to be cached (Cache-Control: no-store). For "
                    + "callers whose role holds the unmask right (setting dj.privacy.unmask-roles, by default CITY_ADMIN and "
                    + "ORG_ADMIN; others get 403 FORBIDDEN, detail RECRUITMENT_UNMASK_RIGHT_REQUIRED) and have the case in "
                    + "their data scope (else 404). The caller says why (`reason`, 2 to 200 characters; without one: 400 on "
                    + "`reason`, UNMASK_REASON_REQUIRED), and every attempt, allowed or refused, is kept in the sensitive-read "
                    + "audit with that reason.")
    public ResponseEntity<ApplicantUnmasking.ClearView> unmask(@PathVariable long id,
                                                               @RequestBody(required = false) UnmaskReason request) {
        String reason = UnmaskReason.of(request);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(unmasking.unmask(id, reason));
    }
}
