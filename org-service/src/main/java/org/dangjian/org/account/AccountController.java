package org.dangjian.org.account;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AccountController {
    private final AccountService service;
    private final AccountQuery query;
    private final AccountManagement management;
    private final AccountMapper accounts;
    private final AuditLog audit;

    public AccountController(AccountService service, AccountQuery query, AccountManagement management,
                             AccountMapper accounts, AuditLog audit) {
        this.service = service;
        this.accounts = accounts;
        this.query = query;
        this.management = management;
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

    /** City administrator: every account; organisation administrators and auditors: their subtree's. */
    @GetMapping("/api/auth/accounts")
    public PageResult<AccountItem> list(@RequestParam(required = false) Long orgId,
                                        @RequestParam(defaultValue = "false") boolean subtree,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Role role,
                                        @RequestParam(required = false) AccountStatus status,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return query.find(CurrentUsers.get(), new AccountQuery.Filter(orgId, subtree, q, role, status),
                PageQuery.of(page, size));
    }

    @GetMapping("/api/auth/accounts/{id}")
    public AccountItem get(@PathVariable long id) {
        return query.get(CurrentUsers.get(), id);
    }

    @PatchMapping("/api/auth/accounts/{id}")
    public AccountItem update(@PathVariable long id, @Valid @RequestBody UpdateAccountRequest request) {
        List<String> fields = new ArrayList<>();
        if (request.displayName() != null) {
            fields.add("displayName");
        }
        if (request.phone() != null) {
            fields.add("phone");
        }
        if (request.roles() != null) {
            fields.add("roles");
        }
        if (request.orgId() != null) {
            fields.add("orgId");
        }
        return audited(AuditAction.ACCOUNT_UPDATE, id, String.join(",", fields),
                () -> management.update(CurrentUsers.get(), id, request));
    }

    @PostMapping("/api/auth/accounts/{id}/disable")
    public AccountItem disable(@PathVariable long id) {
        return audited(AuditAction.ACCOUNT_DISABLE, id, null, () -> management.disable(CurrentUsers.get(), id));
    }

    @PostMapping("/api/auth/accounts/{id}/enable")
    public AccountItem enable(@PathVariable long id) {
        return audited(AuditAction.ACCOUNT_ENABLE, id, null, () -> management.enable(CurrentUsers.get(), id));
    }

    @PostMapping("/api/auth/accounts/{id}/unlock")
    public AccountItem unlock(@PathVariable long id) {
        return audited(AuditAction.ACCOUNT_UNLOCK, id, null, () -> management.unlock(CurrentUsers.get(), id));
    }

    @PostMapping("/api/auth/accounts/{id}/reset-password")
    public AccountItem resetPassword(@PathVariable long id, @Valid @RequestBody ResetPasswordRequest request) {
        return audited(AuditAction.PASSWORD_RESET, id, null,
                () -> management.resetPassword(CurrentUsers.get(), id, request.newPassword()));
    }

    /** Runs an administrator's change and records it: success with the target's username, or the refusal. */
    private AccountItem audited(AuditAction action, long id, String detail, Supplier<AccountItem> change) {
        AccountItem changed;
        try {
            changed = change.get();
        } catch (ApiException refused) {
            // The refusal is filed under the target account (the log is read per account and username).
            Account target = accounts.selectById(id);
            audit.failure(action, id, target == null ? null : target.getUsername(), reason(refused));
            throw refused;
        }
        audit.success(action, changed.id(), changed.username(), detail == null || detail.isEmpty() ? null : detail);
        return changed;
    }

    /** The most specific code: a field's rule ({@code ROLE_ABOVE_CALLER}) rather than {@code VALIDATION_FAILED}. */
    public static String reason(ApiException e) {
        return e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).message();
    }
}
