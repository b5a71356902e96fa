package org.dangjian.org.auth;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.dangjian.auth.contract.RevokedTokens;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountMapper;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/** Password login with lock-out, refresh-token rotation, and logout that takes effect at once. */
@Service
public class LoginService {
    public static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";

    private final AccountMapper accounts;
    private final OrgMapper orgs;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final StringRedisTemplate redis;
    private final AuthProperties props;
    /** Compared against when the username is unknown, so both failures take the same time. */
    private final String decoyHash;

    public LoginService(AccountMapper accounts, OrgMapper orgs, PasswordEncoder passwords, TokenIssuer tokens,
                        RefreshTokens refreshTokens, StringRedisTemplate redis, AuthProperties props) {
        this.accounts = accounts;
        this.orgs = orgs;
        this.passwords = passwords;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.redis = redis;
        this.props = props;
        this.decoyHash = passwords.encode("decoy-password-never-matches");
    }

    public TokenResponse login(String username, String password) {
        Account account = accounts.findByUsername(username);
        if (account == null) {
            passwords.matches(password, decoyHash);
            throw unauthorized(BAD_CREDENTIALS);
        }
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(LocalDateTime.now())) {
            throw unauthorized("ACCOUNT_LOCKED");
        }
        if (!"ACTIVE".equals(account.getStatus())) {
            throw unauthorized(BAD_CREDENTIALS);
        }
        Account change = new Account();
        change.setId(account.getId());
        if (!passwords.matches(password, account.getPasswordHash())) {
            int failed = account.getFailedLogins() + 1;
            change.setFailedLogins(failed >= props.getMaxFailedLogins() ? 0 : failed);
            if (failed >= props.getMaxFailedLogins()) {
                change.setLockedUntil(LocalDateTime.now().plus(props.getLockout()));
            }
            accounts.updateById(change);
            throw unauthorized(BAD_CREDENTIALS);
        }
        if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
            accounts.update(null, new LambdaUpdateWrapper<Account>()
                    .eq(Account::getId, account.getId())
                    .set(Account::getFailedLogins, 0)
                    .set(Account::getLockedUntil, null));
        }
        return issue(account, refreshTokens.issue(account.getId()));
    }

    public TokenResponse refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        if (rotation == null) {
            throw unauthorized("REFRESH_TOKEN_INVALID");
        }
        Account account = accounts.selectById(rotation.accountId());
        if (account == null || !"ACTIVE".equals(account.getStatus())) {
            throw unauthorized("REFRESH_TOKEN_INVALID");
        }
        return issue(account, rotation.newToken());
    }

    /** Revokes the presented access token at once (every verifier checks Redis) and its refresh family. */
    public void logout(Jwt accessToken, String refreshToken) {
        Duration remaining = Duration.between(Instant.now(), accessToken.getExpiresAt());
        if (!remaining.isNegative() && !remaining.isZero()) {
            redis.opsForValue().set(RevokedTokens.jtiKey(accessToken.getId()), "1", remaining.plusSeconds(60));
        }
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens.revokeFamilyOf(refreshToken);
        }
    }

    private TokenResponse issue(Account account, String refreshToken) {
        // The path is read now, not stored on the account: after a move, the next token carries the new one.
        Org org = orgs.selectById(account.getOrgId());
        String path = org == null ? null : org.getPath();
        return TokenResponse.bearer(tokens.issue(account, path), refreshToken, tokens.lifetimeSeconds());
    }

    private static ApiException unauthorized(String code) {
        return new ApiException(HttpStatus.UNAUTHORIZED, code);
    }
}
