package org.dangjian.cadre.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.privacy.UnmaskReason;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A non-member cadre's numbers in clear, audited. */
@RestController
@Tag(name = "基层干部") // described once, on CadreController
public class CadrePrivacyController {
    private final CadreUnmasking unmasking;

    CadrePrivacyController(CadreUnmasking unmasking) {
        this.unmasking = unmasking;
    }

    /** Clear numbers must not linger in a browser or proxy cache. */
    @AdministratorsOrAuditors
    @PostMapping("/api/cadres/{id}/unmask")
    @Operation(operationId = "unmaskCadre", summary = "查看非党员干部明文证件号和手机号",
            description = "A cadre who is not a member: the ID and phone numbers in clear, not to be cached "
                    + "(Cache-Control: no-store). For callers whose role holds the unmask right (setting "
                    + "dj.privacy.unmask-roles, by default CITY_ADMIN and ORG_ADMIN; others get 403 FORBIDDEN, detail "
                    + "CADRE_UNMASK_RIGHT_REQUIRED) with the cadre in their data scope (else 404). The caller says why "
                    + "(`reason`, 2 to 200 characters; without one: 400 on `reason`, UNMASK_REASON_REQUIRED), and every "
                    + "attempt, allowed or refused, is kept in the sensitive-read audit with that reason. A member "
                    + "cadre's numbers are the member record's: 409 CADRE_MEMBER_NUMBERS_IN_RECORD.")
    @ApiResponse(responseCode = "200", description = "明文号码。The numbers in clear.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "干部不存在或不在所辖范围内。No such cadre in the caller's subtree, code "
            + "CADRE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "党员干部的号码在党员档案中查看。A member cadre's numbers are the member "
            + "record's, code CADRE_MEMBER_NUMBERS_IN_RECORD")
    public ResponseEntity<CadreUnmasking.ClearView> unmask(
            @Parameter(description = "干部编号。The cadre id.") @PathVariable long id,
            @RequestBody(required = false) UnmaskReason request) {
        String reason = UnmaskReason.of(request);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(unmasking.unmask(id, reason));
    }
}
