package org.dangjian.cadre.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.kit.privacy.SensitiveReadAudit;
import org.dangjian.kit.privacy.UnmaskRight;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;

/**
 * A non-member cadre's ID and phone numbers in clear, as member-service unmasks a member and recruitment-service an
 * applicant: for a caller who holds privacy-kit's {@link UnmaskRight} and has the cadre in scope. Every attempt is on
 * record with its reason: allowed, refused for want of the right, or refused because the cadre is not in the
 * caller's scope (seen as 404). A member cadre's numbers are the member record's (409: unmask them there).
 */
@Service
class CadreUnmasking {
    static final String RIGHT_REQUIRED = "CADRE_UNMASK_RIGHT_REQUIRED";
    static final String MEMBER_NUMBERS = "CADRE_MEMBER_NUMBERS_IN_RECORD";
    private final CadreRecords cadres;
    private final UnmaskRight right;
    private final SensitiveReadAudit audit;

    CadreUnmasking(CadreRecords cadres, UnmaskRight right, SensitiveReadAudit audit) {
        this.cadres = cadres;
        this.right = right;
        this.audit = audit;
    }

    @Schema(name = "CadreClearNumbers", description = "非党员干部的明文身份证号码和手机号码。A non-member cadre's ID and phone "
            + "numbers in clear.")
    record ClearView(@Schema(description = "身份证号码（未登记为空）。The ID number; empty when none is kept.",
                             example = "320583197503021234") String idNumber,
                     @Schema(description = "手机号码（未登记为空）。The phone number; empty when none is kept.",
                             example = "13912345678") String phone) {
    }

    ClearView unmask(long cadreId, String reason) {
        CadreRecords.ClearNumbers numbers;
        try {
            numbers = cadres.clearNumbers(cadreId);
        } catch (ApiException notFound) {
            audit.refused(CadreRead.UNMASK_CADRE, cadreId, null, "NOT_FOUND_OR_OUT_OF_SCOPE: " + reason);
            throw notFound;
        }
        if (numbers.memberId() != null) {
            throw ApiException.conflict(MEMBER_NUMBERS);
        }
        if (!right.heldBy(CurrentUsers.get())) {
            audit.refused(CadreRead.UNMASK_CADRE, cadreId, numbers.orgId(), "NO_UNMASK_RIGHT: " + reason);
            throw ApiException.forbidden(RIGHT_REQUIRED);
        }
        audit.allowed(CadreRead.UNMASK_CADRE, cadreId, numbers.orgId(), reason);
        return new ClearView(numbers.idNumber(), numbers.phone());
    }
}
