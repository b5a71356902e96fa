package org.dangjian.org.account;

/**
 * Ends the tokens an account holds, for changes that alter its claims or must shut the holder out. The
 * token side (auth) implements it, so that account management needs nothing of auth's.
 */
public interface AccountTokens {
    /** Revokes every refresh family of the account; call inside the transaction that changes the account. */
    void revokeRefreshTokens(long accountId);

    /** Marks the account's access tokens issued until now revoked; call after the change committed. */
    long markAccessTokensRevoked(long accountId);
}
