package org.dangjian.recruitment.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.privacy.SensitiveReadAudit;
import org.dangjian.kit.privacy.UnmaskRight;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.springframework.stereotype.Service;

/**
 * An applicant's ID and phone numbers in clear, exactly as member-service unmasks a member: for a caller who
 * holds privacy-kit's {@link UnmaskRight} and has the case in scope. Every attempt is on record: allowed, refused
 * for want of the right, or refused because the case is not in the caller's scope (seen as 404, as for a case
 * that does not exist).
 */
@Service
class ApplicantUnmasking {
    static final String RIGHT_REQUIRED = "RECRUITMENT_UNMASK_RIGHT_REQUIRED";
    private final Cases cases;
    private final UnmaskRight right;
    private final SensitiveReadAudit audit;
    private final FieldCipher cipher;

    ApplicantUnmasking(Cases cases, UnmaskRight right, SensitiveReadAudit audit, FieldCipher cipher) {
        this.cases = cases;
        this.right = right;
        this.audit = audit;
        this.cipher = cipher;
    }

    @Schema(name = "ApplicantClearNumbers", description = "申请人的明文身份证号码和手机号码。An applicant's ID and phone numbers in clear.")
    record ClearView(@Schema(description = "身份证号码。The ID number.", example = "320583199001011234") String idNumber,
                     @Schema(description = "手机号码。The phone number.", example = "13912345678") String phone) {
    }

    /** The reason the caller gave is kept with the read, allowed or refused (refusals lead with why). */
    ClearView unmask(long caseId, String reason) {
        RecruitmentCase c;
        try {
            c = cases.inScope(caseId);
        } catch (ApiException notFound) {
            audit.refused(ApplicantRead.UNMASK_APPLICANT, caseId, null, "NOT_FOUND_OR_OUT_OF_SCOPE: " + reason);
            throw notFound;
        }
        if (!right.heldBy(CurrentUsers.get())) {
            audit.refused(ApplicantRead.UNMASK_APPLICANT, caseId, c.getOrgId(), "NO_UNMASK_RIGHT: " + reason);
            throw ApiException.forbidden(RIGHT_REQUIRED);
        }
        audit.allowed(ApplicantRead.UNMASK_APPLICANT, caseId, c.getOrgId(), reason);
        return new ClearView(cipher.decrypt(c.getIdNumberEnc()), cipher.decrypt(c.getPhoneEnc()));
    }
}
