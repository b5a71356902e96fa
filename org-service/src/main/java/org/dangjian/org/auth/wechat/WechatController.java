package org.dangjian.org.auth.wechat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.dangjian.org.account.AccountPhones;
import org.dangjian.org.auth.TokenResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public routes of the WeChat mini-program login. */
@Tag(name = "登录与令牌", description = "用户名密码、短信验证码和微信登录，刷新令牌、修改密码、退出登录，以及令牌的验签公钥。"
        + "Logins (password, SMS code, WeChat), token refresh, password change, logout, and the keys that verify tokens.")
@RestController
public class WechatController {
    private final WechatLogin wechat;
    private final ProblemFactory problems;

    public WechatController(WechatLogin wechat, ProblemFactory problems) {
        this.wechat = wechat;
        this.problems = problems;
    }

    public record WechatLoginRequest(
            @Schema(description = "小程序 wx.login 得到的登录凭证。The code the mini-program got from wx.login.",
                    example = "0a3Xk2000ab1cD1eFg200hIjKl3Xk20B")
            @NotBlank @Size(max = 128) String code) {
    }

    public record WechatBindRequest(
            @Schema(description = "微信登录答复 401 WECHAT_NOT_BOUND 时给出的 bindTicket。"
                    + "The bindTicket of the 401 WECHAT_NOT_BOUND answer to the WeChat login.")
            @NotBlank @Size(max = 128) String ticket,
            @Schema(description = "党员账号登记的手机号。The phone registered to the member's account.", example = "13812345678")
            @NotBlank @Pattern(regexp = AccountPhones.PATTERN) String phone,
            @Schema(description = "短信中的验证码（先调用 /api/auth/sms-code）。The texted code (ask with /api/auth/sms-code first).",
                    example = "386512")
            @NotBlank String code) {
    }

    @Operation(operationId = "loginWithWechat", summary = "微信登录", description = """
            Trades a WeChat mini-program login code for a token pair of the member account bound to that WeChat \
            user. Public. An unbound WeChat user gets 401 WECHAT_NOT_BOUND with `bindTicket` and \
            `bindTicketExpiresIn` (seconds) in the problem: bind with POST /api/auth/wechat-bind. Every attempt \
            is in the audit log.""")
    @ApiResponse(responseCode = "401", description = "微信尚未绑定党员账号（problem 中带 bindTicket），或登录凭证无效。"
            + "Not bound yet, code WECHAT_NOT_BOUND with `bindTicket` and `bindTicketExpiresIn`; or WeChat refused "
            + "the code, code WECHAT_CODE_INVALID")
    @ApiResponse(responseCode = "503", description = "微信服务暂时不可用，请稍后再试。"
            + "WeChat could not be reached or answered with an error, code WECHAT_UNAVAILABLE")
    @PostMapping("/api/auth/wechat-login")
    @ResponseStatus(HttpStatus.OK)
    public TokenResponse login(@Valid @RequestBody WechatLoginRequest request) {
        return wechat.login(request.code());
    }

    @Operation(operationId = "bindWechat", summary = "绑定微信", description = """
            Binds the WeChat user of a bind ticket to the member account of the phone, proved by a texted code, \
            and answers a token pair as a login would. Public. Every attempt is in the audit log.""")
    @ApiResponse(responseCode = "401", description = "绑定凭证已失效，或验证码错误或已失效。"
            + "The bind ticket is unknown or expired (WECHAT_BIND_TICKET_INVALID), or the texted code is wrong "
            + "or expired (LOGIN_CODE_INVALID)")
    @ApiResponse(responseCode = "409", description = "该微信已绑定其他账号。"
            + "This WeChat user is bound to another account, code WECHAT_ALREADY_BOUND")
    @PostMapping("/api/auth/wechat-bind")
    @ResponseStatus(HttpStatus.OK)
    public TokenResponse bind(@Valid @RequestBody WechatBindRequest request) {
        return wechat.bind(request.ticket(), request.phone(), request.code());
    }

    /** 401 WECHAT_NOT_BOUND with the ticket the client binds with. */
    @ExceptionHandler(WechatNotBound.class)
    ResponseEntity<ProblemDetail> notBound(WechatNotBound e, HttpServletRequest request) {
        ProblemDetail problem = problems.create(HttpStatus.UNAUTHORIZED, WechatLogin.WECHAT_NOT_BOUND, null,
                request.getRequestURI(), null);
        problem.setProperty("bindTicket", e.ticket());
        problem.setProperty("bindTicketExpiresIn", e.expiresIn());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
