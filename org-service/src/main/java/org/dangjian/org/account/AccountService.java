package org.dangjian.org.account;

import java.time.LocalDateTime;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.tree.OrgService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create accounts inside their own subtree, with roles no higher than their own. */
@Service
public class AccountService {
    private final AccountMapper accounts;
    private final OrgService orgs;
    private final PasswordEncoder passwords;

    public AccountService(AccountMapper accounts, OrgService orgs, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.orgs = orgs;
        this.passwords = passwords;
    }

    @Transactional
    public Account create(CreateAccountRequest req) {
        CurrentUser caller = CurrentUsers.get();
        Role callerRole = caller.isCityAdmin() ? Role.CITY_ADMIN
                : caller.hasRole(CurrentUser.ORG_ADMIN) ? Role.ORG_ADMIN : null;
        if (callerRole == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        if (req.roles().stream().anyMatch(r -> r.above(callerRole))) {
            throw ApiException.invalidField("roles", "ROLE_ABOVE_CALLER");
        }
        PasswordPolicy.violation(req.password()).ifPresent(code -> {
            throw ApiException.invalidField("password", code);
        });
        try {
            orgs.get(req.orgId());
        } catch (ApiException notVisible) {
            throw ApiException.invalidField("orgId", OrgService.ORG_NOT_FOUND);
        }
        Account account = new Account();
        account.setUsername(req.username());
        account.setPasswordHash(passwords.encode(req.password()));
        account.setDisplayName(req.displayName());
        account.setOrgId(req.orgId());
        account.setRoles(Account.joinRoles(req.roles()));
        account.setCreatedBy(caller.accountId());
        return insert(account);
    }

    /** Inserts with the bookkeeping fields set; a taken username is a 409. */
    @Transactional
    public Account insert(Account account) {
        LocalDateTime now = LocalDateTime.now();
        account.setFailedLogins(0);
        account.setStatus("ACTIVE");
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "USERNAME_TAKEN");
        }
        return account;
    }
}
