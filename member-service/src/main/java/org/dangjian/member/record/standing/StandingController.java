package org.dangjian.member.record.standing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.member.record.MemberView;
import org.dangjian.member.record.standing.StandingRequests.Confirmation;
import org.dangjian.member.record.standing.StandingRequests.Dated;
import org.dangjian.member.record.standing.StandingRequests.Extension;
import org.dangjian.member.record.standing.StandingRequests.Leaving;
import org.dangjian.member.record.standing.StandingRequests.Mobility;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators record the member lifecycle, one explicit action per route (no "set any status"); outside
 * their subtree the member is not found. Each is kept in history and announced as member.status-changed.v2.
 */
@RestController
@Tag(name = "党员", description = "党员档案的登记、查看、修改、状态变更、照片与变更记录。Registering, reading and keeping members' records: profile, standing, photo and history.")
@ApiResponse(responseCode = "409", description = "该党员当前的身份或状态不允许此操作，或该党员信息已被他人修改。The member's standing or state does not allow "
        + "this action (code MEMBER_STATUS_TRANSITION_INVALID, `errors` names from -> to; MEMBER_PROBATION_ALREADY_EXTENDED; "
        + "MEMBER_CONFIRMED_THROUGH_RECRUITMENT), or the record changed since it was read (code MEMBER_CHANGED_CONCURRENTLY)")
public class StandingController {
    private final StandingActions actions;

    public StandingController(StandingActions actions) {
        this.actions = actions;
    }

    @PostMapping("/api/members/{id}/confirmation")
    @Administrators
    @Operation(operationId = "recordMemberConfirmation", summary = "记录转正（平台启用前登记的党员）",
            description = "Records the confirmation (转正) of a probationary member registered before the platform, as the branch "
                    + "meeting decided it: fullDate is the end of probation, at least one full year after joinDate (or the "
                    + "extension's end), never the decision day (400 MEMBER_PROBATION_NOT_OVER on fullDate). Members admitted "
                    + "through recruitment are confirmed by recruitment.confirmed only (409 MEMBER_CONFIRMED_THROUGH_RECRUITMENT).")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    public MemberView confirm(@PathVariable long id, @Valid @RequestBody Confirmation req) {
        return MemberView.of(actions.confirm(id, req));
    }

    @PostMapping("/api/members/{id}/probation-extension")
    @Administrators
    @Operation(operationId = "extendMemberProbation", summary = "延长预备期",
            description = "Extends a probation once, to extendedTo: 6 to 12 months past the end of the regular year (400 "
                    + "MEMBER_PROBATION_EXTENSION_LENGTH); a second extension is refused (409 MEMBER_PROBATION_ALREADY_EXTENDED).")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    public MemberView extend(@PathVariable long id, @Valid @RequestBody Extension req) {
        return MemberView.of(actions.extend(id, req));
    }

    @PostMapping("/api/members/{id}/suspension")
    @Administrators
    @Operation(operationId = "suspendMember", summary = "停止党籍",
            description = "Suspends an active member (停止党籍); the standing (full or probationary) is kept and restored as it was.")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    public MemberView suspend(@PathVariable long id, @Valid @RequestBody Dated req) {
        return MemberView.of(actions.suspend(id, req));
    }

    @PostMapping("/api/members/{id}/restoration")
    @Administrators
    @Operation(operationId = "restoreMember", summary = "恢复党籍",
            description = "Restores a suspended member to the roll with exactly the standing the suspension interrupted.")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    public MemberView restore(@PathVariable long id, @Valid @RequestBody Dated req) {
        return MemberView.of(actions.restore(id, req));
    }

    @PostMapping("/api/members/{id}/leaving")
    @Administrators
    @Operation(operationId = "recordMemberLeaving", summary = "党员离开（退党、除名、开除党籍、取消预备党员资格、死亡）",
            description = "Records that an active or suspended member left, with a coded reason. PROBATION_CANCELLED only for a "
                    + "probationary member; TRANSFERRED_OUT is recorded by a completed transfer and UNSPECIFIED only by the "
                    + "migration (400 MEMBER_LEAVE_REASON_NOT_BY_HAND on reason).")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    public MemberView leave(@PathVariable long id, @Valid @RequestBody Leaving req) {
        return MemberView.of(actions.leave(id, req));
    }

    @PostMapping("/api/members/{id}/mobility")
    @Administrators
    @Operation(operationId = "startMemberMobility", summary = "登记外出流动（流动党员）",
            description = "Records that an active member is away (流动党员) since `since`, to a GB/T 2260 region (six digits with a "
                    + "province prefix, 400 MEMBER_REGION_INVALID); for a mobile member it records where they are now. The "
                    + "standing does not change.")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    public MemberView startMobility(@PathVariable long id, @Valid @RequestBody Mobility req) {
        return MemberView.of(actions.startMobility(id, req));
    }

    @PostMapping("/api/members/{id}/mobility-end")
    @Administrators
    @Operation(operationId = "endMemberMobility", summary = "结束外出流动",
            description = "A mobile member is back at the branch: the mobility flag and whereabouts are cleared (history keeps them).")
    @ApiResponse(responseCode = "200", description = "变更后的党员信息（已脱敏）。The record as changed, masked.", useReturnTypeSchema = true)
    public MemberView endMobility(@PathVariable long id, @Valid @RequestBody Dated req) {
        return MemberView.of(actions.endMobility(id, req));
    }
}
