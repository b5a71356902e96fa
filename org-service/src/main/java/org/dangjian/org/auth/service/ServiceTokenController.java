package org.dangjian.org.auth.service;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.dangjian.auth.contract.TokenClaims;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service trades its name and secret for a short-lived token (client credentials, nothing more). The
 * route is under {@code /internal}, which the gateway does not route: only services inside the platform
 * reach it, through discovery. Each issue and each refusal is in the audit log.
 */
@Tag(name = "登录与令牌", description = "用户名密码、短信验证码和微信登录，刷新令牌、修改密码、退出登录，以及令牌的验签公钥。"
        + "Logins (password, SMS code, WeChat), token refresh, password change, logout, and the keys that verify tokens.")
@RestController
class ServiceTokenController {
    private final ServiceLogin login;

    ServiceTokenController(ServiceLogin login) {
        this.login = login;
    }

    record ServiceTokenRequest(@NotBlank @Size(max = 64) String service, @NotBlank @Size(max = 256) String secret) {
    }

    record ServiceToken(String accessToken, String tokenType, int expiresIn) {
    }

    @Operation(operationId = "issueServiceToken", summary = "签发服务令牌", description = """
            Trades a service's name and secret for a short-lived service token. For services only (under \
            /internal, left out of the published document).""")
    @PostMapping(TokenClaims.SERVICE_TOKEN_PATH)
    ResponseEntity<ServiceToken> issue(@Valid @RequestBody ServiceTokenRequest request) {
        String token = login.issue(request.service(), request.secret());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new ServiceToken(token, "Bearer", login.lifetimeSeconds()));
    }
}
