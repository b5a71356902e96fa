package org.dangjian.org.account;

import jakarta.validation.Valid;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AccountController {
    private final AccountService service;
    private final AuditLog audit;

    public AccountController(AccountService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping("/api/auth/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    public AccountView create(@Valid @RequestBody CreateAccountRequest request) {
        Account created;
        try {
            created = service.create(request);
        } catch (ApiException refused) {
            audit.failure(AuditAction.ACCOUNT_CREATE, null, request.username(), reason(refused));
            throw refused;
        }
        audit.success(AuditAction.ACCOUNT_CREATE, created.getId(), created.getUsername(), null);
        return AccountView.of(created);
    }

    /** The most specific code: a field's rule ({@code ROLE_ABOVE_CALLER}) rather than {@code VALIDATION_FAILED}. */
    public static String reason(ApiException e) {
        return e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).message();
    }
}
