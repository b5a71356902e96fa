package org.dangjian.org.auth;

import java.time.Clock;
import java.time.Instant;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountMapper;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/auth/login/second-factor}: the code that completes a sign-in whose password was right. A wrong
 * code counts against the challenge and, like a wrong password, towards the account's lock-out: knowing the password
 * does not buy unlimited guesses at six digits. Every attempt is in the audit log.
 */
@Service
public class SecondFactorSignIn {
    public static final String SECOND_FACTOR_CODE_WRONG = "SECOND_FACTOR_CODE_WRONG";

    private final SecondFactorChallenges challenges;
    private final AccountMapper accounts;
    private final LoginService logins;
    private final AuditLog audit;
    private final Clock clock;

    public SecondFactorSignIn(SecondFactorChallenges challenges, AccountMapper accounts, LoginService logins,
                              AuditLog audit, Clock clock) {
        this.challenges = challenges;
        this.accounts = accounts;
        this.logins = logins;
        this.audit = audit;
        this.clock = clock;
    }

    public TokenResponse complete(String challengeText, String code) {
        SecondFactorChallenges.Challenge challenge = challenges.find(challengeText);
        Account account = challenge == null || challenge.purpose() == SecondFactorChallenges.Purpose.SETUP ? null
                : accounts.selectById(challenge.accountId());
        if (account == null || !"ACTIVE".equals(account.getStatus())) {
            throw logins.refusedLogin(AuditAction.LOGIN_SECOND_FACTOR, account == null ? null : account.getId(),
                    account == null ? null : account.getUsername(), SecondFactorChallenges.SECOND_FACTOR_CHALLENGE_INVALID);
        }
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(StoredTime.now(clock))) {
            throw logins.refusedLogin(AuditAction.LOGIN_SECOND_FACTOR, account.getId(), account.getUsername(),
                    LoginService.ACCOUNT_LOCKED);
        }
        if (!challenges.answers(challenge, account, code)) {
            challenges.wrong(challenge);
            logins.recordWrongPassword(account);
            throw logins.refusedLogin(AuditAction.LOGIN_SECOND_FACTOR, account.getId(), account.getUsername(),
                    SECOND_FACTOR_CODE_WRONG);
        }
        if (!challenges.spend(challenge)) {
            throw logins.refusedLogin(AuditAction.LOGIN_SECOND_FACTOR, account.getId(), account.getUsername(),
                    SecondFactorChallenges.SECOND_FACTOR_CHALLENGE_INVALID);
        }
        if (challenge.purpose() == SecondFactorChallenges.Purpose.SETUP_AT_SIGN_IN) {
            challenges.turnOn(challenge, account, code);
            account.setSecondFactor(challenge.method().name());
            audit.success(AuditAction.SECOND_FACTOR_ON, account.getId(), account.getUsername(), challenge.method().name());
        }
        logins.signedIn(account);
        logins.audited(AuditAction.LOGIN_SECOND_FACTOR, account);
        return logins.afterSecondFactor(account, Instant.now(clock));
    }
}
