package org.dangjian.member.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registering and reading one member; searching lives in {@code member.search}. */
@RestController
@RequestMapping("/api/members")
@Tag(name = "党员", description = "党员档案的登记、查看、修改、状态变更、照片与变更记录。Registering, reading and keeping members' records: profile, standing, photo and history.")
public class MemberController {
    private final MemberService service;

    public MemberController(MemberService service) {
        this.service = service;
    }

    @PostMapping
    @Administrators
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createMember", summary = "登记党员",
            description = "Registers one member in a Party branch (党支部 or 联合党支部) of the caller's subtree; answers the new record "
                    + "with ID and phone numbers masked, and its address in Location. For administrators (@Administrators: "
                    + "the city administrator and organisation administrators). The ID number must be valid and agree with "
                    + "birth date and gender, the member must have joined at 18 or older, and a probationary member has no "
                    + "full-membership date; an organisation outside the caller's scope, dissolved or not a branch is a 400 on orgId. "
                    + "Announces member.registered.")
    @ApiResponse(responseCode = "409", description = "该身份证号码的党员已存在。A member with this ID number is already on record, code MEMBER_ID_NUMBER_EXISTS (in the caller's subtree) or MEMBER_ID_NUMBER_NOT_ACCEPTED (the number cannot be registered here: a transfer through the superior organisation)")
    public ResponseEntity<MemberView> register(@Valid @RequestBody CreateMemberRequest request) {
        Member m = service.register(request);
        return ResponseEntity.created(URI.create("/api/members/" + m.getId())).body(MemberView.of(m));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMember", summary = "查看党员",
            description = "One member's record, ID and phone numbers masked (POST /api/members/{id}/unmask reads them in clear). "
                    + "Any signed-in caller whose data scope covers the member; outside it the member is not found (404 MEMBER_NOT_FOUND).")
    public MemberView get(@PathVariable long id) {
        return MemberView.of(service.get(id));
    }
}
