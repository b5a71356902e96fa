package org.dangjian.org.auth.wechat;

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
import org.springframework.web.bind.annotation.RestController;

/** Public routes of the WeChat mini-program login. */
@RestController
public class WechatController {
    private final WechatLogin wechat;
    private final ProblemFactory problems;

    public WechatController(WechatLogin wechat, ProblemFactory problems) {
        this.wechat = wechat;
        this.problems = problems;
    }

    public record WechatLoginRequest(@NotBlank @Size(max = 128) String code) {
    }

    public record WechatBindRequest(@NotBlank @Size(max = 128) String ticket,
                                    @NotBlank @Pattern(regexp = AccountPhones.PATTERN) String phone,
                                    @NotBlank String code) {
    }

    @PostMapping("/api/auth/wechat-login")
    public TokenResponse login(@Valid @RequestBody WechatLoginRequest request) {
        return wechat.login(request.code());
    }

    @PostMapping("/api/auth/wechat-bind")
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
