package org.dangjian.org.account;

import jakarta.validation.Valid;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.org.audit.AuditAction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: administrators change them (each change on record), administrators and auditors read them. */
@RestController
public class AccountController {
    private final AccountAdministration administration;
    private final AccountQuery query;

    public AccountController(AccountAdministration administration, AccountQuery query) {
        this.administration = administration;
        this.query = query;
    }

    @Administrators
    @AccountChange(AuditAction.ACCOUNT_CREATE)
    @PostMapping("/api/auth/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    public AccountView create(@Valid @RequestBody CreateAccountRequest request) {
        return AccountView.of(administration.create(request));
    }

    /** City administrator: every account; organisation administrators and auditors: their subtree's. */
    @AdministratorsOrAuditors
    @GetMapping("/api/auth/accounts")
    public PageResult<AccountItem> list(@RequestParam(required = false) Long orgId,
                                        @RequestParam(defaultValue = "false") boolean subtree,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Role role,
                                        @RequestParam(required = false) AccountStatus status,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return query.find(new AccountQuery.Filter(orgId, subtree, q, role, status), PageQuery.of(page, size));
    }

    @AdministratorsOrAuditors
    @GetMapping("/api/auth/accounts/{id}")
    public AccountItem get(@PathVariable long id) {
        return query.get(id);
    }

    @Administrators
    @AccountChange(AuditAction.ACCOUNT_UPDATE)
    @PatchMapping("/api/auth/accounts/{id}")
    public AccountItem update(@PathVariable long id, @Valid @RequestBody UpdateAccountRequest request) {
        return administration.update(id, request);
    }

    @Administrators
    @AccountChange(AuditAction.ACCOUNT_DISABLE)
    @PostMapping("/api/auth/accounts/{id}/disable")
    public AccountItem disable(@PathVariable long id) {
        return administration.disable(id);
    }

    @Administrators
    @AccountChange(AuditAction.ACCOUNT_ENABLE)
    @PostMapping("/api/auth/accounts/{id}/enable")
    public AccountItem enable(@PathVariable long id) {
        return administration.enable(id);
    }

    @Administrators
    @AccountChange(AuditAction.ACCOUNT_UNLOCK)
    @PostMapping("/api/auth/accounts/{id}/unlock")
    public AccountItem unlock(@PathVariable long id) {
        return administration.unlock(id);
    }

    @Administrators
    @AccountChange(AuditAction.PASSWORD_RESET)
    @PostMapping("/api/auth/accounts/{id}/reset-password")
    public AccountItem resetPassword(@PathVariable long id, @Valid @RequestBody ResetPasswordRequest request) {
        return administration.resetPassword(id, request.newPassword());
    }
}
