package org.dangjian.org.account;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.tree.OrgService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What administrators do to existing accounts. Only organisation and city administrators act; the target
 * (and a new organisation) must be in the caller's subtree (else 404, as for reads), the target must hold
 * no role above the caller's, nobody grants a role above their own or changes their own roles, disables
 * themselves or resets their own password here. Changes that alter a token's claims or must shut the
 * holder out (roles, organisation, disable, password reset) revoke every token of the account.
 */
@Service
public class AccountManagement {
    public static final String ACCOUNT_ABOVE_CALLER = "ACCOUNT_ABOVE_CALLER";
    public static final String ACCOUNTS_MANAGED_BY_ADMINISTRATORS = "ACCOUNTS_MANAGED_BY_ADMINISTRATORS";

    private final AccountMapper accounts;
    private final AccountQuery query;
    private final OrgService orgs;
    private final AccountPhones phones;
    private final PasswordEncoder passwords;
    private final AccountTokens revocation;
    private final TransactionTemplate tx;
    private final AccountAnnouncements announcements;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public AccountManagement(AccountMapper accounts, AccountQuery query, OrgService orgs, AccountPhones phones,
                             PasswordEncoder passwords, AccountTokens revocation, TransactionTemplate tx,
                             AccountAnnouncements announcements, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.query = query;
        this.orgs = orgs;
        this.phones = phones;
        this.passwords = passwords;
        this.revocation = revocation;
        this.tx = tx;
        this.announcements = announcements;
        this.clock = clock;
    }

    public AccountItem update(CurrentUser caller, long id, UpdateAccountRequest req) {
        Role callerRole = callerRole(caller);
        Account target = manageable(callerRole, id);
        Set<Role> newRoles = req.roles();
        boolean rolesChange = newRoles != null && !Account.joinRoles(newRoles).equals(
                Account.joinRoles(target.roleSet().stream().map(Role::valueOf).collect(Collectors.toSet())));
        if (rolesChange && caller.accountId() == id) {
            throw ApiException.invalidField("roles", "CANNOT_CHANGE_OWN_ROLES");
        }
        if (newRoles != null && newRoles.stream().anyMatch(r -> r.above(callerRole))) {
            throw ApiException.invalidField("roles", "ROLE_ABOVE_CALLER");
        }
        if (rolesChange && newRoles.contains(Role.APPLICANT)) {
            throw ApiException.invalidField("roles", ApplicantAccounts.ROLE_FROM_RECRUITMENT);
        }
        boolean orgChange = req.orgId() != null && !Objects.equals(req.orgId(), target.getOrgId());
        Account phone = new Account();
        phones.set(phone, req.phone());
        boolean revoke = rolesChange || orgChange;
        change(id, revoke, set -> {
            if (req.displayName() != null) {
                set.set(Account::getDisplayName, req.displayName().isBlank() ? null : req.displayName().trim());
            }
            if (phone.getPhoneEnc() != null) {
                set.set(Account::getPhoneEnc, phone.getPhoneEnc())
                        .set(Account::getPhoneIdx, phone.getPhoneIdx())
                        .set(Account::getPhoneMasked, phone.getPhoneMasked());
            }
            if (rolesChange) {
                set.set(Account::getRoles, Account.joinRoles(newRoles));
            }
            if (orgChange) {
                // In the transaction: the organisation stays locked, so it cannot be dissolved while the account moves in.
                orgs.accountHome(req.orgId(), "orgId");
                set.set(Account::getOrgId, req.orgId());
            }
        });
        return query.get(id);
    }

    public AccountItem disable(CurrentUser caller, long id) {
        Role callerRole = callerRole(caller);
        manageable(callerRole, id);
        if (caller.accountId() == id) {
            throw ApiException.badRequest("CANNOT_DISABLE_SELF");
        }
        change(id, true, set -> set.set(Account::getStatus, AccountStatus.DISABLED.name()));
        return query.get(id);
    }

    public AccountItem enable(CurrentUser caller, long id) {
        Role callerRole = callerRole(caller);
        manageable(callerRole, id);
        change(id, false, set -> set.set(Account::getStatus, AccountStatus.ACTIVE.name()));
        return query.get(id);
    }

    public AccountItem unlock(CurrentUser caller, long id) {
        Role callerRole = callerRole(caller);
        manageable(callerRole, id);
        change(id, false, set -> set.set(Account::getFailedLogins, 0).set(Account::getLockedUntil, null));
        return cleared(query.get(id));
    }

    /**
     * Sets a password the administrator chose: the holder must replace it at the next login (as after
     * creation). Earlier tokens die; a lock-out is cleared, since the old password no longer matters.
     */
    public AccountItem resetPassword(CurrentUser caller, long id, String newPassword) {
        Role callerRole = callerRole(caller);
        manageable(callerRole, id);
        if (caller.accountId() == id) {
            throw ApiException.badRequest("CANNOT_RESET_OWN_PASSWORD");
        }
        PasswordPolicy.violation(newPassword).ifPresent(code -> {
            throw ApiException.invalidField("newPassword", code);
        });
        String hash = passwords.encode(newPassword);
        change(id, true, set -> set.set(Account::getPasswordHash, hash)
                .set(Account::getMustChangePassword, true)
                .set(Account::getPasswordChangedAt, StoredTime.now(clock))
                .set(Account::getFailedLogins, 0)
                .set(Account::getLockedUntil, null));
        return cleared(query.get(id));
    }

    /**
     * Turns another administrator's second factor off (a lost phone): they sign in with the password alone until they
     * set one up again, as they must at once where the city administrator's is required. Never the caller's own: that
     * goes through {@code POST /api/auth/second-factor/off} with the password.
     */
    public AccountItem resetSecondFactor(CurrentUser caller, long id) {
        Role callerRole = callerRole(caller);
        manageable(callerRole, id);
        if (caller.accountId() == id) {
            throw ApiException.badRequest("CANNOT_RESET_OWN_SECOND_FACTOR");
        }
        change(id, false, Account::withoutSecondFactor);
        return query.get(id);
    }

    /** The lockout is cleared everywhere it is counted. */
    private AccountItem cleared(AccountItem account) {
        events.publishEvent(new LockoutCleared(account.username()));
        return account;
    }

    /**
     * One update of the account (and, when asked, its refresh tokens) and its announcement in a
     * transaction; then the access-token mark.
     */
    private void change(long id, boolean revoke, Consumer<LambdaUpdateWrapper<Account>> fields) {
        tx.executeWithoutResult(status -> {
            LambdaUpdateWrapper<Account> set = new LambdaUpdateWrapper<Account>().eq(Account::getId, id);
            fields.accept(set);
            set.set(Account::getUpdatedAt, StoredTime.now(clock));
            accounts.update(null, set);
            announcements.announce(id);
            if (revoke) {
                revocation.revokeRefreshTokens(id);
            }
        });
        if (revoke) {
            revocation.markAccessTokensRevoked(id);
        }
    }

    /**
     * The account, if it is in the caller's subtree (else 404) and holds no role above the caller's (else
     * 403 with the reason).
     */
    private Account manageable(Role callerRole, long id) {
        query.get(id);
        Account target = accounts.selectById(id);
        if (target == null) {
            throw ApiException.notFound(AccountQuery.ACCOUNT_NOT_FOUND);
        }
        if (target.roleSet().stream().map(Role::valueOf).anyMatch(r -> r.above(callerRole))) {
            throw ApiException.forbidden(ACCOUNT_ABOVE_CALLER);
        }
        return target;
    }

    /**
     * The highest role the caller holds, which bounds the roles they may grant and the accounts they may
     * manage. Only administrators manage accounts (the controller declares it too).
     */
    static Role callerRole(CurrentUser caller) {
        if (caller.isCityAdmin()) {
            return Role.CITY_ADMIN;
        }
        if (caller.isAdministrator()) {
            return Role.ORG_ADMIN;
        }
        throw ApiException.forbidden(ACCOUNTS_MANAGED_BY_ADMINISTRATORS);
    }
}
