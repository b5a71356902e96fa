package org.dangjian.org.auth;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.dangjian.auth.contract.RevokedTokens;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.dangjian.org.StoredTime;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountMapper;
import org.dangjian.org.account.Role;
import org.dangjian.org.account.SecondFactorMethod;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/**
 * Password login with lock-out, refresh-token rotation, and logout that takes effect at once. Every
 * attempt, successful or not, goes to the audit log. Other ways in (SMS code, WeChat) end in
 * {@link #issueFor(Account)}.
 */
@Service
public class LoginService {
    public static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String REFRESH_TOKEN_INVALID = "REFRESH_TOKEN_INVALID";
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    /** The audit reason of a right password that waits for the second factor. */
    public static final String SECOND_FACTOR_ASKED = "SECOND_FACTOR_ASKED";

    private final AccountMapper accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final StringRedisTemplate redis;
    private final AuthProperties props;
    private final AuditLog audit;
    /** Compared against when the username is unknown, so both failures take the same time. */
    private final String decoyHash;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecondFactorChallenges secondFactors;
    private final SecondFactorProperties secondFactorProps;

    public LoginService(AccountMapper accounts, JdbcClient jdbc, PasswordEncoder passwords, TokenIssuer tokens,
                        RefreshTokens refreshTokens, StringRedisTemplate redis, AuthProperties props, AuditLog audit,
                        Clock clock, LoginThrottle throttle, SecondFactorChallenges secondFactors,
                        SecondFactorProperties secondFactorProps) {
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.secondFactorProps = secondFactorProps;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.redis = redis;
        this.props = props;
        this.audit = audit;
        this.decoyHash = passwords.encode("decoy-password-never-matches");
        this.clock = clock;
    }

    public TokenResponse login(String username, String password) {
        String address = RequestOrigin.clientIp();
        boolean admitted = throttle.admit(username, address);
        Account account = accounts.findByUsername(username);
        // a locked account says so, however many attempts are left; the throttle turns the rest away unchecked
        if (account != null && account.getLockedUntil() != null && account.getLockedUntil().isAfter(StoredTime.now(clock))) {
            throw refused(AuditAction.LOGIN_PASSWORD, account.getId(), username, ACCOUNT_LOCKED);
        }
        if (!admitted) {
            audit.failure(AuditAction.LOGIN_PASSWORD, account == null ? null : account.getId(), username,
                    LoginThrottle.TOO_MANY_ATTEMPTS);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, LoginThrottle.TOO_MANY_ATTEMPTS);
        }
        if (account == null) {
            passwords.matches(password, decoyHash);
            throttle.failed(address);
            throw refused(AuditAction.LOGIN_PASSWORD, null, username, BAD_CREDENTIALS);
        }
        if (!"ACTIVE".equals(account.getStatus())) {
            throw refused(AuditAction.LOGIN_PASSWORD, account.getId(), username, BAD_CREDENTIALS);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            throttle.failed(address);
            recordWrongPassword(account);
            throw refused(AuditAction.LOGIN_PASSWORD, account.getId(), username, BAD_CREDENTIALS);
        }
        if (account.getSecondFactor() != null) {
            // the password was right; the tokens wait for the code (SecondFactorSignIn). Failures are cleared only
            // once the code is right too: else each right password would wipe the count of wrong codes before it.
            SecondFactorStep step = secondFactors.open(account, SecondFactorChallenges.Purpose.SIGN_IN,
                    SecondFactorMethod.valueOf(account.getSecondFactor()));
            audit.success(AuditAction.LOGIN_PASSWORD, account.getId(), username, SECOND_FACTOR_ASKED);
            return TokenResponse.secondStep(step);
        }
        signedIn(account);
        audit.success(AuditAction.LOGIN_PASSWORD, account.getId(), username,
                account.mustChangePassword() ? PASSWORD_CHANGE_REQUIRED : null);
        return afterSecondFactor(account, Instant.now(clock));
    }

    /**
     * What an account that proved who it is (password, and second factor where it has one) gets: a password-change
     * token when the password must change first; the setup of a second factor when it must have one and has none
     * (a city administrator under {@code dj.auth.second-factor.required-for-city-admin}); else a full pair dated
     * {@code issuedAt}.
     */
    public TokenResponse afterSecondFactor(Account account, Instant issuedAt) {
        if (account.mustChangePassword()) {
            // No refresh token: it would outlive the restriction and fetch full tokens.
            // Dated after the revocation mark: an administrator's password reset just set one.
            return TokenResponse.passwordChangeOnly(tokens.issuePasswordChange(account, orgPath(account),
                    afterRevocationMark(account, issuedAt)), tokens.lifetimeSeconds());
        }
        if (secondFactorDue(account)) {
            return TokenResponse.secondStep(secondFactors.open(account, SecondFactorChallenges.Purpose.SETUP_AT_SIGN_IN,
                    SecondFactorMethod.TOTP));
        }
        return issueFor(account, issuedAt);
    }

    /** Whether the account must give a second factor and has none yet. */
    public boolean secondFactorDue(Account account) {
        return account.getSecondFactor() == null && secondFactorRequired(account);
    }

    /** Whether the account may not be without a second factor (the city administrator, where the setting says so). */
    public boolean secondFactorRequired(Account account) {
        return secondFactorProps.requiredForCityAdmin() && account.roleSet().contains(Role.CITY_ADMIN.name());
    }

    /**
     * Counts a wrong password (login or password change); the last allowed one locks the account. The count is
     * raised in the database itself, not read before the (slow) hash and written back after it: guesses checked
     * at the same time each count. Only the guess whose count reaches the limit locks, once.
     */
    public void recordWrongPassword(Account account) {
        jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE id = :id")
                .param("id", account.getId()).update();
        int locked = jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = :until"
                        + " WHERE id = :id AND failed_logins >= :max")
                .param("until", StoredTime.now(clock).plus(props.lockout()))
                .param("id", account.getId())
                .param("max", props.maxFailedLogins())
                .update();
        if (locked == 1) {
            audit.success(AuditAction.ACCOUNT_LOCK, account.getId(), account.getUsername(), "MAX_FAILED_LOGINS");
        }
    }

    /** The account proved who it is: its failed attempts start again from none. */
    void signedIn(Account account) {
        clearFailures(account);
        throttle.succeeded(account.getUsername());
    }

    private void clearFailures(Account account) {
        if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
            accounts.update(null, new LambdaUpdateWrapper<Account>()
                    .eq(Account::getId, account.getId())
                    .set(Account::getFailedLogins, 0)
                    .set(Account::getLockedUntil, null));
        }
    }

    public TokenResponse refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        if (rotation == null) {
            throw refused(AuditAction.LOGIN_REFRESH, null, null, REFRESH_TOKEN_INVALID);
        }
        Account account = accounts.selectById(rotation.accountId());
        // a city administrator who must now have a second factor signs in again and sets it up
        if (account == null || !"ACTIVE".equals(account.getStatus()) || account.mustChangePassword()
                || secondFactorDue(account)) {
            throw refused(AuditAction.LOGIN_REFRESH, rotation.accountId(),
                    account == null ? null : account.getUsername(), REFRESH_TOKEN_INVALID);
        }
        audit.success(AuditAction.LOGIN_REFRESH, account.getId(), account.getUsername(), null);
        return issue(account, rotation.newToken(), Instant.now(clock));
    }

    /** Revokes the presented access token at once (every verifier checks Redis) and its refresh family. */
    public void logout(Jwt accessToken, String refreshToken) {
        Duration remaining = Duration.between(Instant.now(clock), accessToken.getExpiresAt());
        if (!remaining.isNegative() && !remaining.isZero()) {
            redis.opsForValue().set(RevokedTokens.jtiKey(accessToken.getId()), "1", remaining.plusSeconds(60));
        }
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens.revokeFamilyOf(refreshToken);
        }
    }

    /** A full token pair for an account that proved who it is; a new refresh family. */
    public TokenResponse issueFor(Account account) {
        return issueFor(account, Instant.now(clock));
    }

    /** As {@link #issueFor(Account)}, the access token dated {@code issuedAt}. */
    public TokenResponse issueFor(Account account, Instant issuedAt) {
        return issue(account, refreshTokens.issue(account.getId()), issuedAt);
    }

    private TokenResponse issue(Account account, String refreshToken, Instant issuedAt) {
        return TokenResponse.bearer(tokens.issue(account, orgPath(account), afterRevocationMark(account, issuedAt)),
                refreshToken, tokens.lifetimeSeconds());
    }

    /**
     * Verifiers refuse tokens issued at or before the account's revocation mark (an epoch second). A
     * login in the same second as a password change must not hand out a token born revoked.
     */
    private Instant afterRevocationMark(Account account, Instant issuedAt) {
        String mark = redis.opsForValue().get(RevokedTokens.accountKey(Long.toString(account.getId())));
        if (mark != null && RevokedTokens.issuedBeforeMark(issuedAt.getEpochSecond(), mark)) {
            return Instant.ofEpochSecond(Long.parseLong(mark.trim()) + 1);
        }
        return issuedAt;
    }

    /**
     * The path is read now, not stored on the account: after a move, the next token carries the new one.
     * Read with plain JDBC, past the data scope: the caller may be a password-change token that may see
     * no organisation, and the issuer must still put the account's own path in the new token.
     */
    private String orgPath(Account account) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = ?").param(account.getOrgId())
                .query(String.class).optional().orElse(null);
    }

    /** Records the refusal (committed on its own) and returns the 401 to throw. */
    private ApiException refused(AuditAction action, Long accountId, String username, String code) {
        audit.failure(action, accountId, username, code);
        return new ApiException(HttpStatus.UNAUTHORIZED, code);
    }

    /** For the other ways in (SMS, WeChat): a successful login, on record. */
    public void audited(AuditAction action, Account account) {
        audit.success(action, account.getId(), account.getUsername(), null);
    }

    /** For the other ways in (SMS, WeChat): the 401 they answer, on record. */
    public ApiException refusedLogin(AuditAction action, Long accountId, String username, String code) {
        return refused(action, accountId, username, code);
    }
}
