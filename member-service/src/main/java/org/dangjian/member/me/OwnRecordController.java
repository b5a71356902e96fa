package org.dangjian.member.me;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The member's own record, for the mini-program. */
@RestController
@Tag(name = "我的档案", description = "党员在小程序中查看和维护本人档案。A member reading and keeping their own record from the mini-program.")
public class OwnRecordController {
    private static final String PHONE = "1[3-9]\\d{9}";
    private final OwnRecord own;
    private final OrgDirectory orgs;

    public OwnRecordController(OwnRecord own, OrgDirectory orgs) {
        this.own = own;
        this.orgs = orgs;
    }

    /** The record with the branch's name: a member may not read organisations, and the mini-program shows it. */
    private MemberView view(Member member) {
        return MemberView.of(member, orgs.find(member.getOrgId()).map(OrgRef::name).orElse(null));
    }

    @Schema(description = "流动党员的去向；未填的部分被清空。Where a mobile member is now; a part left out is cleared.")
    public record WhereaboutsRequest(
            @Schema(description = "流入地（城市）。The city.", example = "上海市") @Size(max = 50) String mobileCity,
            @Schema(description = "所在单位。The work unit there.", example = "上海华谊集团有限公司") @Size(max = 100) String mobileUnit,
            @Schema(description = "联系方式。How to reach them there.", example = "13912345678") @Size(max = 50) String mobileContact) {
    }

    public record PhoneCodeRequest(
            @Schema(description = "新手机号码。The new phone number.", example = "13912345678")
            @NotBlank @Pattern(regexp = PHONE, message = "{dj.member.phone.invalid}") String phone) {
    }

    public record PhoneChangeRequest(
            @Schema(description = "新手机号码。The new phone number.", example = "13912345678")
            @NotBlank @Pattern(regexp = PHONE, message = "{dj.member.phone.invalid}") String phone,
            @Schema(description = "短信验证码。The code sent by SMS.", example = "482913") @NotBlank String code) {
    }

    @GetMapping("/api/members/me")
    @Operation(operationId = "getOwnRecord", summary = "查看我的档案",
            description = "The caller's own member record, masked, with the name of their organisation (orgName). For a "
                    + "member's token; a token without a member (an administrator's) has no own record.")
    @ApiResponse(responseCode = "200", description = "本人档案（已脱敏）。The own record, masked.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "令牌不属于党员。The token is not a member's, code MEMBER_NOT_FOUND")
    public MemberView me() {
        return view(own.read());
    }

    @PutMapping("/api/members/me/mobile")
    @Operation(operationId = "updateOwnWhereabouts", summary = "更新我的流动去向",
            description = "Replaces where the member is while away (city, unit, contact): a part left out is cleared. For a "
                    + "member's token, on their own record, once their branch recorded them as mobile (流动党员); kept in "
                    + "history and announced as member.updated.")
    @ApiResponse(responseCode = "200", description = "更新后的档案。The record as changed.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "令牌不属于党员。The token is not a member's, code MEMBER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "档案已被他人同时修改，请重试；或尚未登记为流动党员。The record changed at the same moment, "
            + "code MEMBER_CHANGED_CONCURRENTLY: retry; or the branch has not recorded the member as mobile, code MEMBER_NOT_MOBILE")
    public MemberView whereabouts(@Valid @RequestBody WhereaboutsRequest req) {
        return view(own.moveTo(req.mobileCity(), req.mobileUnit(), req.mobileContact()));
    }

    /** 202: the code is on its way by SMS. */
    @PostMapping("/api/members/me/phone/code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "requestOwnPhoneCode", summary = "获取换绑手机验证码",
            description = "Sends an SMS code to the new phone (through notify-service); 202 with no body once it is on its way. "
                    + "For a member's token; once per member per interval.")
    @ApiResponse(responseCode = "404", description = "令牌不属于党员。The token is not a member's, code MEMBER_NOT_FOUND")
    @ApiResponse(responseCode = "429", description = "验证码请求过于频繁，请稍后再试。A code was asked for too recently, code MEMBER_PHONE_CODE_TOO_FREQUENT")
    public void requestPhoneCode(@Valid @RequestBody PhoneCodeRequest req) {
        own.requestPhoneCode(req.phone());
    }

    @PostMapping("/api/members/me/phone")
    @Operation(operationId = "changeOwnPhone", summary = "换绑手机号码",
            description = "Moves the member to the new phone if `code` is the one sent to it (a wrong or expired code is a 400 on "
                    + "`code`, MEMBER_PHONE_CODE_INVALID, and counts against the tries). For a member's token, on their own "
                    + "record; kept in history and announced as member.updated.")
    @ApiResponse(responseCode = "200", description = "更新后的档案。The record as changed.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "令牌不属于党员。The token is not a member's, code MEMBER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "档案已被他人同时修改，请重试。The record changed at the same moment, code MEMBER_CHANGED_CONCURRENTLY: retry")
    public MemberView changePhone(@Valid @RequestBody PhoneChangeRequest req) {
        return view(own.changePhone(req.phone(), req.code()));
    }
}
