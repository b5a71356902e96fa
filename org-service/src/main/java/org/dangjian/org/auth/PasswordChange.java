package org.dangjian.org.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.org.StoredTime;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountMapper;
import org.dangjian.org.account.PasswordPolicy;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/auth/password}: the one thing a first-login token may do, and what any holder may do
 * with a full token. The old password must match (a wrong one counts towards the lock-out like a failed
 * login), the new one must pass the policy and differ. Afterwards no token issued before survives: every
 * refresh family is revoked and Redis marks the account's earlier access tokens revoked at every
 * verifier; the caller gets a fresh pair dated after that mark.
 */
@Service
public class PasswordChange {
    private final AccountMapper accounts;
    private final PasswordEncoder passwords;
    private final TokenRevocation revocation;
    private final LoginService logins;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PasswordChange(AccountMapper accounts, PasswordEncoder passwords, TokenRevocation revocation,
                          LoginService logins, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.revocation = revocation;
        this.logins = logins;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public TokenResponse change(CurrentUser caller, String oldPassword, String newPassword) {
        Account account = accounts.selectById(caller.accountId());
        if (account == null || !"ACTIVE".equals(account.getStatus())) {
            audit.failure(AuditAction.PASSWORD_CHANGE, caller.accountId(), caller.username(), ProblemCodes.UNAUTHORIZED);
            throw new ApiException(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHORIZED);
        }
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(StoredTime.now(clock))) {
            // Wrong old passwords lock the account like failed logins; a token must not keep guessing.
            audit.failure(AuditAction.PASSWORD_CHANGE, account.getId(), account.getUsername(), LoginService.ACCOUNT_LOCKED);
            throw new ApiException(HttpStatus.UNAUTHORIZED, LoginService.ACCOUNT_LOCKED);
        }
        try {
            check(account, oldPassword, newPassword);
        } catch (ApiException refused) {
            audit.failure(AuditAction.PASSWORD_CHANGE, account.getId(), account.getUsername(),
                    AuditLog.reason(refused));
            throw refused;
        }
        tx.executeWithoutResult(status -> {
            LocalDateTime now = StoredTime.now(clock);
            accounts.update(null, new com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper<Account>()
                    .eq(Account::getId, account.getId())
                    .set(Account::getPasswordHash, passwords.encode(newPassword))
                    .set(Account::getMustChangePassword, false)
                    .set(Account::getPasswordChangedAt, now)
                    .set(Account::getFailedLogins, 0)
                    .set(Account::getLockedUntil, null)
                    .set(Account::getUpdatedAt, now));
            revocation.revokeRefreshTokens(account.getId());
        });
        long mark = revocation.markAccessTokensRevoked(account.getId());
        audit.success(AuditAction.PASSWORD_CHANGE, account.getId(), account.getUsername(), null);
        account.setMustChangePassword(false);
        // a city administrator who must have a second factor and has none sets it up before any full token
        return logins.afterSecondFactor(account, Instant.ofEpochSecond(mark + 1));
    }

    private void check(Account account, String oldPassword, String newPassword) {
        if (!passwords.matches(oldPassword, account.getPasswordHash())) {
            logins.recordWrongPassword(account);
            throw ApiException.invalidField("oldPassword", "PASSWORD_OLD_WRONG");
        }
        Optional<String> weak = PasswordPolicy.violation(newPassword);
        if (weak.isPresent()) {
            throw ApiException.invalidField("newPassword", weak.get());
        }
        if (passwords.matches(newPassword, account.getPasswordHash())) {
            throw ApiException.invalidField("newPassword", "PASSWORD_SAME_AS_OLD");
        }
    }
}
