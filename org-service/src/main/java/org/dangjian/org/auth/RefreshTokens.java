package org.dangjian.org.auth;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.dangjian.kit.crypto.Sha256;
import org.dangjian.kit.web.time.RealTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens that rotate on every use. Only their SHA-256 is stored. Presenting one that was
 * already rotated means two parties hold it: the whole family (that login's chain) is revoked.
 */
@Component
public class RefreshTokens {
    private final JdbcClient jdbc;
    private final AuthProperties props;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * A refresh token ages in real time, like the checks of access tokens: a rehearsal that moves the platform's
     * business clock (development mode) must not expire every session at once, nor keep one alive for its offset.
     * Outside development mode the two clocks are the same.
     */
    public RefreshTokens(JdbcClient jdbc, AuthProperties props, RealTime realTime) {
        this.jdbc = jdbc;
        this.props = props;
        this.clock = realTime.clock();
    }

    /** Starts a new family (a login). */
    public String issue(long accountId) {
        return issue(accountId, UUID.randomUUID().toString());
    }

    private String issue(long accountId, String family) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.sql("INSERT INTO refresh_token (account_id, family_id, token_hash, expires_at, created_at)"
                        + " VALUES (?, ?, ?, ?, NOW(6))")
                .params(accountId, family, hash(token),
                        Timestamp.from(Instant.now(clock).plus(props.refreshTokenTtl())))
                .update();
        return token;
    }

    /** Result of presenting a refresh token: the account and a rotated token, or nothing. */
    public record Rotation(long accountId, String newToken) {
    }

    /** Commits on its own, so a family revoked for reuse stays revoked though the caller then fails. */
    @Transactional
    public Rotation rotate(String token) {
        List<Row> rows = jdbc.sql("SELECT id, account_id, family_id, expires_at, used_at, revoked_at"
                        + " FROM refresh_token WHERE token_hash = ? FOR UPDATE")
                .param(hash(token))
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) != null, rs.getTimestamp(6) != null))
                .list();
        if (rows.isEmpty()) {
            return null;
        }
        Row row = rows.get(0);
        if (row.used() || row.revoked()) {
            revokeFamily(row.family());
            return null;
        }
        if (row.expiresAt().isBefore(Instant.now(clock))) {
            return null;
        }
        jdbc.sql("UPDATE refresh_token SET used_at = NOW(6) WHERE id = ?").param(row.id()).update();
        return new Rotation(row.accountId(), issue(row.accountId(), row.family()));
    }

    /** Revokes the family the token belongs to (logout). Unknown tokens are ignored. */
    public void revokeFamilyOf(String token) {
        jdbc.sql("SELECT family_id FROM refresh_token WHERE token_hash = ?").param(hash(token))
                .query(String.class).list().forEach(this::revokeFamily);
    }

    /** Revokes every family of the account (password change): no refresh token issued before survives. */
    public void revokeAllOf(long accountId) {
        jdbc.sql("UPDATE refresh_token SET revoked_at = NOW(6) WHERE account_id = ? AND revoked_at IS NULL")
                .param(accountId).update();
    }

    private void revokeFamily(String family) {
        jdbc.sql("UPDATE refresh_token SET revoked_at = NOW(6) WHERE family_id = ? AND revoked_at IS NULL")
                .param(family).update();
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }

    private record Row(long id, long accountId, String family, Instant expiresAt, boolean used, boolean revoked) {
    }
}
