package org.dangjian.org.auth;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Clock;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountMapper;
import org.dangjian.org.account.SecondFactorMethod;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * An administrator's own second factor: what it is, setting one up (or changing it: the new one replaces the old
 * only once its first code is right), and turning it off with the password, which a city administrator who must have
 * one cannot. Each change is in the audit log.
 */
@Service
public class OwnSecondFactor {
    public static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";

    private final AccountMapper accounts;
    private final SecondFactorChallenges challenges;
    private final LoginService logins;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    public OwnSecondFactor(AccountMapper accounts, SecondFactorChallenges challenges, LoginService logins,
                           PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.challenges = challenges;
        this.logins = logins;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public SecondFactorStatus status(CurrentUser caller) {
        Account account = own(caller);
        return new SecondFactorStatus(account.getSecondFactor() == null ? null : SecondFactorMethod.valueOf(account.getSecondFactor()),
                account.getSecondFactorSince() == null ? null : StoredTime.toOffset(account.getSecondFactorSince()),
                logins.secondFactorRequired(account));
    }

    /** Starts setting {@code method} up: for TOTP the secret and QR address, for SMS a code sent to the account's phone. */
    public SecondFactorStep setUp(CurrentUser caller, SecondFactorMethod method) {
        Account account = own(caller);
        if (method == SecondFactorMethod.SMS && account.getPhoneEnc() == null) {
            throw ApiException.invalidField("method", SecondFactorChallenges.SECOND_FACTOR_PHONE_MISSING);
        }
        return challenges.open(account, SecondFactorChallenges.Purpose.SETUP, method);
    }

    /** The first code of the factor being set up: right, it is on (replacing any other); wrong, 400 on {@code code}. */
    public SecondFactorStatus confirm(CurrentUser caller, String challengeText, String code) {
        Account account = own(caller);
        SecondFactorChallenges.Challenge challenge = challenges.find(challengeText);
        if (challenge == null || challenge.purpose() != SecondFactorChallenges.Purpose.SETUP
                || challenge.accountId() != account.getId()) {
            throw ApiException.invalidField("challenge", SecondFactorChallenges.SECOND_FACTOR_CHALLENGE_INVALID);
        }
        if (!challenges.answers(challenge, account, code)) {
            challenges.wrong(challenge);
            audit.failure(AuditAction.SECOND_FACTOR_ON, account.getId(), account.getUsername(),
                    SecondFactorSignIn.SECOND_FACTOR_CODE_WRONG);
            throw ApiException.invalidField("code", SecondFactorSignIn.SECOND_FACTOR_CODE_WRONG);
        }
        if (!challenges.spend(challenge)) {
            throw ApiException.invalidField("challenge", SecondFactorChallenges.SECOND_FACTOR_CHALLENGE_INVALID);
        }
        challenges.turnOn(challenge, account, code);
        audit.success(AuditAction.SECOND_FACTOR_ON, account.getId(), account.getUsername(), challenge.method().name());
        return status(caller);
    }

    /** Back to the password alone; the password proves it is the holder, not someone at an unlocked screen. */
    public SecondFactorStatus turnOff(CurrentUser caller, String password) {
        Account account = own(caller);
        if (logins.secondFactorRequired(account)) {
            audit.failure(AuditAction.SECOND_FACTOR_OFF, account.getId(), account.getUsername(), SECOND_FACTOR_REQUIRED);
            throw new ApiException(HttpStatus.CONFLICT, SECOND_FACTOR_REQUIRED);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            logins.recordWrongPassword(account);
            audit.failure(AuditAction.SECOND_FACTOR_OFF, account.getId(), account.getUsername(), "PASSWORD_WRONG");
            throw ApiException.invalidField("password", "PASSWORD_WRONG");
        }
        accounts.update(null, Account.withoutSecondFactor(new LambdaUpdateWrapper<Account>()
                .eq(Account::getId, account.getId())).set(Account::getUpdatedAt, StoredTime.now(clock)));
        audit.success(AuditAction.SECOND_FACTOR_OFF, account.getId(), account.getUsername(), null);
        return status(caller);
    }

    private Account own(CurrentUser caller) {
        Account account = accounts.selectById(caller.accountId());
        if (account == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
        }
        return account;
    }
}
