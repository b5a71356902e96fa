package org.dangjian.org.auth.service;

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

    @PostMapping(TokenClaims.SERVICE_TOKEN_PATH)
    ResponseEntity<ServiceToken> issue(@Valid @RequestBody ServiceTokenRequest request) {
        String token = login.issue(request.service(), request.secret());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new ServiceToken(token, "Bearer", login.lifetimeSeconds()));
    }
}
