package org.dangjian.org.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.org.account.SecondFactorMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "两步验证", description = "管理员在密码之外的第二重验证：身份验证器动态口令或短信验证码。"
        + "Administrators' second factor after the password: an authenticator app's code (TOTP) or an SMS code.")
@RestController
public class SecondFactorController {
    private final SecondFactorSignIn signIn;
    private final OwnSecondFactor own;

    public SecondFactorController(SecondFactorSignIn signIn, OwnSecondFactor own) {
        this.signIn = signIn;
        this.own = own;
    }

    public record SecondFactorAnswer(
            @Schema(description = "登录或设置时得到的凭证。The challenge the sign-in (or setup) answered.")
            @NotBlank @Size(max = 100) String challenge,
            @Schema(description = "6 位验证码。The six-digit code.", example = "284913") @NotBlank @Size(max = 6) String code) {
    }

    public record SecondFactorSetup(@NotNull SecondFactorMethod method) {
    }

    public record SecondFactorOff(
            @Schema(description = "本账号的密码。The account's password.") @NotBlank @Size(max = 128) String password) {
    }

    @Operation(operationId = "loginSecondFactor", summary = "两步验证登录", description = """
            The second step of a sign-in whose answer carried `secondFactor`: the code from the authenticator app \\
            (TOTP) or the SMS, with the challenge. Answers the tokens as POST /api/auth/login would (or a \\
            password-change token first). Where the step was a setup (a city administrator who must have a second \\
            factor), the right code also turns it on. Public. A wrong code counts towards the account's lock-out \\
            and the challenge's tries; each TOTP code is good once. Every attempt is in the audit log.""")
    @ApiResponse(responseCode = "401", description = "验证码错误（SECOND_FACTOR_CODE_WRONG），凭证无效或已过期、已用过"
            + "（SECOND_FACTOR_CHALLENGE_INVALID，请重新登录），或账号已被暂时锁定（ACCOUNT_LOCKED）。A wrong code, code "
            + "SECOND_FACTOR_CODE_WRONG; an unknown, expired or spent challenge (sign in again), code "
            + "SECOND_FACTOR_CHALLENGE_INVALID; a locked account, code ACCOUNT_LOCKED")
    @PostMapping("/api/auth/login/second-factor")
    @ResponseStatus(HttpStatus.OK)
    public TokenResponse login(@Valid @RequestBody SecondFactorAnswer answer) {
        return signIn.complete(answer.challenge(), answer.code());
    }

    @Operation(operationId = "getOwnSecondFactor", summary = "查看本账号的两步验证", description = """
            The caller's second factor: the method in use, since when, and whether the account may not be \\
            without one. Administrators (@Administrators).""")
    @Administrators
    @GetMapping("/api/auth/second-factor")
    public SecondFactorStatus status() {
        return own.status(CurrentUsers.get());
    }

    @Operation(operationId = "setUpOwnSecondFactor", summary = "设置两步验证", description = """
            Starts setting a second factor up (or changing it): for TOTP the answer carries the secret and the \\
            otpauth address to show as a QR code; for SMS a code goes to the account's phone. Nothing changes \\
            until POST /api/auth/second-factor/confirm gives the first right code. Administrators \\
            (@Administrators). 400 `method` SECOND_FACTOR_PHONE_MISSING when SMS is chosen and the account has \\
            no phone.""")
    @ApiResponse(responseCode = "429", description = "短信验证码一分钟内只能发送一次。One SMS code a minute, code LOGIN_CODE_TOO_FREQUENT")
    @Administrators
    @PostMapping("/api/auth/second-factor/setup")
    @ResponseStatus(HttpStatus.OK)
    public SecondFactorStep setUp(@Valid @RequestBody SecondFactorSetup request) {
        return own.setUp(CurrentUsers.get(), request.method());
    }

    @Operation(operationId = "confirmOwnSecondFactor", summary = "确认开启两步验证", description = """
            The first code of the factor being set up, with the setup's challenge: right, the factor is on \\
            (replacing the one before) and asked at every sign-in from now on. Administrators (@Administrators). \\
            400 names the field: `code` SECOND_FACTOR_CODE_WRONG, `challenge` SECOND_FACTOR_CHALLENGE_INVALID \\
            (expired, spent or another account's: start again).""")
    @Administrators
    @PostMapping("/api/auth/second-factor/confirm")
    @ResponseStatus(HttpStatus.OK)
    public SecondFactorStatus confirm(@Valid @RequestBody SecondFactorAnswer answer) {
        return own.confirm(CurrentUsers.get(), answer.challenge(), answer.code());
    }

    @Operation(operationId = "turnOffOwnSecondFactor", summary = "关闭两步验证", description = """
            Back to the password alone, proved by the password (400 `password` PASSWORD_WRONG, which counts as a \\
            failed login). Administrators (@Administrators); 409 SECOND_FACTOR_REQUIRED for a city administrator \\
            who must have one.""")
    @ApiResponse(responseCode = "409", description = "市级管理员必须开启两步验证。The account may not be without one, code SECOND_FACTOR_REQUIRED")
    @Administrators
    @PostMapping("/api/auth/second-factor/off")
    @ResponseStatus(HttpStatus.OK)
    public SecondFactorStatus turnOff(@Valid @RequestBody SecondFactorOff request) {
        return own.turnOff(CurrentUsers.get(), request.password());
    }
}
