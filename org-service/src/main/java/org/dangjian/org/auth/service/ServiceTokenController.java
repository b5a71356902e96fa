package org.dangjian.org.auth.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.dangjian.org.auth.TokenIssuer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
    static final String REFUSED = "SERVICE_CREDENTIALS_INVALID";
    private final ServiceClients clients;
    private final TokenIssuer issuer;
    private final AuditLog audit;

    ServiceTokenController(ServiceClients clients, TokenIssuer issuer, AuditLog audit) {
        this.clients = clients;
        this.issuer = issuer;
        this.audit = audit;
    }

    record ServiceTokenRequest(@NotBlank @Size(max = 64) String service, @NotBlank @Size(max = 256) String secret) {
    }

    record ServiceToken(String accessToken, String tokenType, int expiresIn) {
    }

    @PostMapping(TokenClaims.SERVICE_TOKEN_PATH)
    ResponseEntity<ServiceToken> issue(@Valid @RequestBody ServiceTokenRequest request) {
        String who = TokenClaims.SERVICE_SUBJECT_PREFIX + request.service();
        if (!clients.verify(request.service(), request.secret())) {
            audit.failure(AuditAction.LOGIN_SERVICE, null, who, "bad credentials");
            throw new ApiException(HttpStatus.UNAUTHORIZED, REFUSED);
        }
        audit.success(AuditAction.LOGIN_SERVICE, null, who, null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ServiceToken(
                issuer.issueService(request.service()), "Bearer", issuer.serviceLifetimeSeconds()));
    }
}
