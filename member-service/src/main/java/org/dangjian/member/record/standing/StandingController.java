package org.dangjian.member.record.standing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.member.record.MemberView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators change a member's standing; outside their subtree the member is not found. */
@RestController
@Tag(name = "党员", description = "党员档案的登记、查看、修改、状态变更、照片与变更记录。Registering, reading and keeping members' records: profile, standing, photo and history.")
public class StandingController {
    private final Standing standing;

    public StandingController(Standing standing) {
        this.standing = standing;
    }

    @PostMapping("/api/members/{id}/status")
    @Administrators
    @Operation(operationId = "changeMemberStatus", summary = "变更党员状态",
            description = "Changes a member's standing as of `date` (today when absent), against the `version` read. Becoming "
                    + "FULL from PROBATIONARY sets the full-membership date; going MOBILE needs at least mobileCity; the date "
                    + "may not be before the joining date. For administrators (@Administrators) within their subtree. "
                    + "Kept in history and announced as member.status-changed.")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "状态变更不被允许，或该党员信息已被他人修改。The rules forbid this change of standing "
            + "(code MEMBER_STATUS_TRANSITION_INVALID, `errors` names from -> to), or the record changed since it was read "
            + "(code MEMBER_CHANGED_CONCURRENTLY)")
    public MemberView change(@PathVariable long id, @Valid @RequestBody StatusChangeRequest req) {
        return MemberView.of(standing.changeAsAdministrator(id, req));
    }
}
