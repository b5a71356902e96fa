package org.dangjian.org.auth.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.dangjian.org.account.AccountPhones;
import org.dangjian.org.auth.TokenResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public routes: a member asks for a code, then logs in with it. */
@Tag(name = "登录与令牌", description = "用户名密码、短信验证码和微信登录，刷新令牌、修改密码、退出登录，以及令牌的验签公钥。"
        + "Logins (password, SMS code, WeChat), token refresh, password change, logout, and the keys that verify tokens.")
@RestController
public class SmsLoginController {
    private final SmsLogin sms;

    public SmsLoginController(SmsLogin sms) {
        this.sms = sms;
    }

    public record CodeRequest(
            @Schema(description = "党员账号登记的手机号。The phone registered to a member's account.", example = "13812345678")
            @NotBlank @Pattern(regexp = AccountPhones.PATTERN) String phone) {
    }

    public record SmsLoginRequest(
            @Schema(description = "手机号。The phone.", example = "13812345678")
            @NotBlank @Pattern(regexp = AccountPhones.PATTERN) String phone,
            @Schema(description = "短信中的验证码。The code from the text message.", example = "386512")
            @NotBlank String code) {
    }

    /** 202 whether or not the phone is known: the answer never tells who is a member. */
    @Operation(operationId = "requestSmsLoginCode", summary = "获取短信验证码", description = """
            Sends a login code by text message to the phone if it belongs to an active member account. Public. \
            Answers 202 with no body whether or not the phone is known, so the answer never tells who is a \
            member.""")
    @ApiResponse(responseCode = "429", description = "验证码发送过于频繁，请一分钟后再试。"
            + "A code was asked for this phone less than a minute ago, code LOGIN_CODE_TOO_FREQUENT")
    @PostMapping("/api/auth/sms-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void requestCode(@Valid @RequestBody CodeRequest request) {
        sms.requestCode(request.phone());
    }

    @Operation(operationId = "loginWithSmsCode", summary = "短信验证码登录", description = """
            Trades a phone and the code texted to it for a token pair of the member account with that phone. \
            Public. Every attempt is in the audit log.""")
    @ApiResponse(responseCode = "401", description = "验证码错误或已失效。"
            + "The code is wrong or expired, or no active member account has the phone, code LOGIN_CODE_INVALID")
    @PostMapping("/api/auth/sms-login")
    @ResponseStatus(HttpStatus.OK)
    public TokenResponse login(@Valid @RequestBody SmsLoginRequest request) {
        return sms.login(request.phone(), request.code());
    }
}
