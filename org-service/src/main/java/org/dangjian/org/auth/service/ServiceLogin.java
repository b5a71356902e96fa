package org.dangjian.org.auth.service;

import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.dangjian.org.auth.TokenIssuer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** A service's name and secret traded for a token; each issue and each refusal is in the audit log. */
@Service
class ServiceLogin {
    static final String REFUSED = "SERVICE_CREDENTIALS_INVALID";
    private final ServiceClients clients;
    private final TokenIssuer issuer;
    private final AuditLog audit;

    ServiceLogin(ServiceClients clients, TokenIssuer issuer, AuditLog audit) {
        this.clients = clients;
        this.issuer = issuer;
        this.audit = audit;
    }

    /** The service's token, or 401 {@code SERVICE_CREDENTIALS_INVALID}. */
    String issue(String service, String secret) {
        String who = TokenClaims.SERVICE_SUBJECT_PREFIX + service;
        if (!clients.verify(service, secret)) {
            audit.failure(AuditAction.LOGIN_SERVICE, null, who, "bad credentials");
            throw new ApiException(HttpStatus.UNAUTHORIZED, REFUSED);
        }
        audit.success(AuditAction.LOGIN_SERVICE, null, who, null);
        return issuer.issueService(service);
    }

    int lifetimeSeconds() {
        return issuer.serviceLifetimeSeconds();
    }
}
