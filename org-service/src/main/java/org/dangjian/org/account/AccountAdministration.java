package org.dangjian.org.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * What administrators do to accounts, each on record in the audit log: the success with the target's
 * username, or the refusal with its most specific reason. Outside the changes' transactions, so that a
 * success is recorded only once the change committed, and a refusal although the change rolled back.
 */
@Service
public class AccountAdministration {
    private final AccountService service;
    private final AccountManagement management;
    private final AccountMapper accounts;
    private final AuditLog audit;

    public AccountAdministration(AccountService service, AccountManagement management, AccountMapper accounts,
                                 AuditLog audit) {
        this.service = service;
        this.management = management;
        this.accounts = accounts;
        this.audit = audit;
    }

    public Account create(CreateAccountRequest request) {
        Account created;
        try {
            created = service.create(request);
        } catch (ApiException refused) {
            audit.failure(AuditAction.ACCOUNT_CREATE, null, request.username(), AuditLog.reason(refused));
            throw refused;
        }
        audit.success(AuditAction.ACCOUNT_CREATE, created.getId(), created.getUsername(), null);
        return created;
    }

    public AccountItem update(long id, UpdateAccountRequest request) {
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

    public AccountItem disable(long id) {
        return audited(AuditAction.ACCOUNT_DISABLE, id, null, () -> management.disable(CurrentUsers.get(), id));
    }

    public AccountItem enable(long id) {
        return audited(AuditAction.ACCOUNT_ENABLE, id, null, () -> management.enable(CurrentUsers.get(), id));
    }

    public AccountItem unlock(long id) {
        return audited(AuditAction.ACCOUNT_UNLOCK, id, null, () -> management.unlock(CurrentUsers.get(), id));
    }

    public AccountItem resetPassword(long id, String newPassword) {
        return audited(AuditAction.PASSWORD_RESET, id, null,
                () -> management.resetPassword(CurrentUsers.get(), id, newPassword));
    }

    public AccountItem resetSecondFactor(long id) {
        return audited(AuditAction.SECOND_FACTOR_RESET, id, null,
                () -> management.resetSecondFactor(CurrentUsers.get(), id));
    }

    /** Runs an administrator's change and records it: success with the target's username, or the refusal. */
    private AccountItem audited(AuditAction action, long id, String detail, Supplier<AccountItem> change) {
        AccountItem changed;
        try {
            changed = change.get();
        } catch (ApiException refused) {
            // The refusal is filed under the target account (the log is read per account and username).
            Account target = accounts.selectById(id);
            audit.failure(action, id, target == null ? null : target.getUsername(), AuditLog.reason(refused));
            throw refused;
        }
        audit.success(action, changed.id(), changed.username(), detail == null || detail.isEmpty() ? null : detail);
        return changed;
    }
}
