package org.dangjian.member.record.update;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.member.record.MemberView;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "党员", description = "党员档案的登记、查看、修改、状态变更、照片与变更记录。Registering, reading and keeping members' records: profile, standing, photo and history.")
public class MemberUpdateController {
    private final MemberUpdates updates;

    public MemberUpdateController(MemberUpdates updates) {
        this.updates = updates;
    }

    /**
     * Fields sent replace the stored ones; {@code version} must be the one read (409 otherwise).
     * Record-keeping is the administrators' job; auditors read, members change only their own bits (/me).
     */
    @PatchMapping("/api/members/{id}")
    @Administrators
    @Operation(operationId = "updateMember", summary = "修改党员信息",
            description = "Changes a member's profile: fields sent replace the stored ones, fields left out stay, an empty text "
                    + "clears an optional field. `version` must be the one read (MEMBER_VERSION_REQUIRED when absent). Standing "
                    + "and organisation change by their own routes. For administrators (@Administrators) within their subtree; "
                    + "the merged record passes the same rules as a new one. The change is kept in history and announced as member.updated.")
    @ApiResponse(responseCode = "200", description = "修改后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "该党员信息已被他人修改，或该身份证号码的党员已存在。The record changed since it was read "
            + "(code MEMBER_CHANGED_CONCURRENTLY: read it again), or another member has this ID number (code MEMBER_ID_NUMBER_EXISTS, or MEMBER_ID_NUMBER_NOT_ACCEPTED when that member is outside the caller's subtree)")
    public MemberView update(@PathVariable long id, @Valid @RequestBody MemberPatch patch) {
        return MemberView.of(updates.update(id, patch));
    }
}
