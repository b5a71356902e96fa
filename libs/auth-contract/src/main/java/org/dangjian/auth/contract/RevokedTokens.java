package org.dangjian.auth.contract;

/**
 * Redis keys that revoke access tokens before they expire. org-service writes them (logout,
 * password change); the gateway and the services read them on every request.
 *
 * <ul>
 *   <li>{@link #jtiKey(String)} exists: that one token is revoked (logout).</li>
 *   <li>{@link #accountKey(String)} holds an epoch second: tokens of that account issued at or
 *       before it are revoked (password change, account locked).</li>
 * </ul>
 * Both keys expire with the longest token lifetime, so they never pile up.
 */
public final class RevokedTokens {
    private static final String PREFIX = "dj:auth:revoked:";

    private RevokedTokens() {
    }

    public static String jtiKey(String jti) {
        return PREFIX + "jti:" + jti;
    }

    public static String accountKey(String accountId) {
        return PREFIX + "account:" + accountId;
    }

    /** True when a token issued at {@code issuedAtEpochSecond} falls under the account's revocation mark. */
    public static boolean issuedBeforeMark(long issuedAtEpochSecond, String markValue) {
        if (markValue == null || markValue.isBlank()) {
            return false;
        }
        return issuedAtEpochSecond <= Long.parseLong(markValue.trim());
    }
}
