package org.dangjian.org.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.org.account.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "登录与令牌", description = "用户名密码、短信验证码和微信登录，刷新令牌、修改密码、退出登录，以及令牌的验签公钥。"
        + "Logins (password, SMS code, WeChat), token refresh, password change, logout, and the keys that verify tokens.")
@RestController
@RequestMapping("/api/auth")
public class AuthController {
    private final LoginService logins;
    private final PasswordChange passwordChange;
    private final SigningKeys keys;

    public AuthController(LoginService logins, PasswordChange passwordChange, SigningKeys keys) {
        this.logins = logins;
        this.passwordChange = passwordChange;
        this.keys = keys;
    }

    public record LoginRequest(
            @Schema(description = "用户名。The username.", example = "zhangwei") @NotBlank @Size(max = 64) String username,
            @Schema(description = "密码。The password.", example = "Kunshan#2026") @NotBlank @Size(max = 128) String password) {
    }

    public record RefreshRequest(
            @Schema(description = "登录时得到的刷新令牌（只能用一次）。The refresh token of the last login or refresh (good once).")
            @NotBlank String refreshToken) {
    }

    public record LogoutRequest(
            @Schema(description = "同时作废的刷新令牌（可选）。The refresh token to revoke as well (optional).")
            String refreshToken) {
    }

    public record PasswordChangeRequest(
            @Schema(description = "原密码。The present password.", example = "Kunshan#2026")
            @NotBlank @Size(max = 128) String oldPassword,
            @Schema(description = "新密码：至少 10 个字符，含小写字母、大写字母、数字、符号中的至少三类。"
                    + "At least 10 characters of at least three kinds (lower case, upper case, digits, symbols).",
                    example = "Yushan@2026new")
            @NotBlank @Size(max = 128) String newPassword) {
    }

    public record Me(
            long accountId,
            @Schema(description = "用户名。The username.", example = "zhangwei") String username,
            @Schema(description = "所属组织。The account's organisation.") Long orgId,
            @Schema(description = "所属组织在组织树中的路径。The organisation's path in the tree.", example = "/1/12/")
            String orgPath,
            @ArraySchema(schema = @Schema(implementation = Role.class), uniqueItems = true,
                    arraySchema = @Schema(description = "角色。The account's roles.")) Set<String> roles,
            @Schema(description = "对应的党员（党员账号才有）。The member this account belongs to, for member accounts.")
            Long memberId,
            @Schema(description = "入党申请人编号（入党申请人账号，及经发展接收的党员）。The applicant (recruitment case), for an "
                    + "applicant's account and a member admitted through recruitment.") Long applicantId) {
    }

    /** The JSON Web Key Set {@link SigningKeys#publicJwks()} answers, as the API document declares it (RFC 7517). */
    @Schema(description = "JSON Web Key Set (RFC 7517).")
    record JwkSet(@Schema(description = "有效的公钥。The keys in use.") List<Jwk> keys) {
    }

    @Schema(description = "一个 RSA 公钥（JWK，RFC 7517）。One RSA public key (JWK, RFC 7517).")
    record Jwk(@Schema(description = "密钥类型。The key type.", example = "RSA") String kty,
               @Schema(description = "密钥 id，与令牌头的 kid 对应。The key id, as in the token header's kid.",
                       example = "5f0c2b8e-7d7a-4c1e-9a57-3f1b2d4e6a90") String kid,
               @Schema(description = "模数（Base64url）。The modulus, base64url.") String n,
               @Schema(description = "公钥指数（Base64url）。The public exponent, base64url.", example = "AQAB") String e) {
    }

    @Operation(operationId = "loginWithPassword", summary = "用户名密码登录", description = """
            Trades a username and password for an access token and a refresh token. Public. Repeated wrong \\
            passwords lock the account for a while. When `passwordChangeRequired` is true (a new account, or \\
            after an administrator's reset) the access token is good only for POST /api/auth/password and no \\
            refresh token comes. Every attempt is in the audit log.""")
    @ApiResponse(responseCode = "401", description = "用户名或密码错误，或账号已被暂时锁定。"
            + "Wrong username or password (or a disabled account), code BAD_CREDENTIALS; locked after failed "
            + "logins, code ACCOUNT_LOCKED")
    @ApiResponse(responseCode = "429", description = "尝试过于频繁：该账号在锁定时段内的尝试次数已用完，或该地址失败次数过多；"
            + "不再校验密码。Too many attempts for the account in the lockout window, or too many failures from the "
            + "address; no password is checked, code LOGIN_ATTEMPTS_TOO_MANY")
    @PostMapping("/login")
    @ResponseStatus(HttpStatus.OK)
    public TokenResponse login(@Valid @RequestBody LoginRequest request) {
        return logins.login(request.username(), request.password());
    }

    @Operation(operationId = "refreshTokens", summary = "刷新令牌", description = """
            Trades a refresh token for a new access token and a new refresh token; the old refresh token is \\
            spent (using it again revokes its whole family). Public.""")
    @ApiResponse(responseCode = "401", description = "刷新令牌无效、已用过或已过期，或账号已停用，请重新登录。"
            + "The refresh token is unknown, spent or expired, or the account is disabled, code REFRESH_TOKEN_INVALID")
    @PostMapping("/refresh")
    @ResponseStatus(HttpStatus.OK)
    public TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return logins.refresh(request.refreshToken());
    }

    /** The one route a first-login (password-change) token may call; answers a fresh full token pair. */
    @Operation(operationId = "changeOwnPassword", summary = "修改密码", description = """
            Changes the caller's own password and answers a fresh token pair. Any signed-in account; the only \\
            operation a password-change-only token (from a first login) may call. Wrong old passwords count as \\
            failed logins. 400 names the field at fault: `oldPassword` PASSWORD_OLD_WRONG, `newPassword` \\
            PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_SIMPLE or PASSWORD_SAME_AS_OLD.""")
    @ApiResponse(responseCode = "401", description = "未登录、令牌无效或账号已停用（UNAUTHORIZED），或账号已被暂时锁定（ACCOUNT_LOCKED）。"
            + "Not signed in, an invalid token or a disabled account, code UNAUTHORIZED (TOKEN_EXPIRED for an "
            + "expired token); locked after failed attempts, code ACCOUNT_LOCKED")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.OK)
    public TokenResponse changePassword(@Valid @RequestBody PasswordChangeRequest request) {
        return passwordChange.change(CurrentUsers.get(), request.oldPassword(), request.newPassword());
    }

    @Operation(operationId = "logout", summary = "退出登录", description = """
            Revokes the access token sent with the request and, when given, the refresh token's family. Any \\
            signed-in account. Answers 204 with no body.""")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void logout(@AuthenticationPrincipal Jwt token, @RequestBody(required = false) LogoutRequest request) {
        logins.logout(token, request == null ? null : request.refreshToken());
    }

    @Operation(operationId = "getSigningKeys", summary = "获取令牌验签公钥", description = """
            The public keys that verify access tokens, as a JSON Web Key Set; cacheable for five minutes. \\
            Public: the gateway and the services read it.""")
    @ApiResponse(responseCode = "200", description = "公钥集合。The key set.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JwkSet.class)))
    @ApiResponse(responseCode = "429", description = "请求过于频繁（网关按来源地址限流），请按 Retry-After 稍后再试。"
            + "Too many requests: the gateway limits anonymous callers by address; retry after Retry-After, "
            + "code TOO_MANY_REQUESTS")
    @GetMapping("/jwks")
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(keys.publicJwks());
    }

    @Operation(operationId = "getCurrentAccount", summary = "查看当前登录账号", description = """
            Who the access token belongs to: account, username, organisation, roles and member, as the token \\
            states them. Any signed-in account.""")
    @GetMapping("/me")
    public Me me() {
        CurrentUser user = CurrentUsers.get();
        return new Me(user.accountId(), user.username(), user.orgId(), user.orgPath(), user.roles(), user.memberId(),
                CurrentUsers.applicantId().orElse(null));
    }
}
