package org.dangjian.org.auth;

/**
 * A login's answer. With {@code passwordChangeRequired} the access token is good only for
 * {@code POST /api/auth/password} and there is no refresh token: the holder must change the password
 * before anything else, and the change answers with a normal pair.
 */
public record TokenResponse(String accessToken, String refreshToken, String tokenType, int expiresIn,
                            boolean passwordChangeRequired) {
    public static TokenResponse bearer(String access, String refresh, int expiresIn) {
        return new TokenResponse(access, refresh, "Bearer", expiresIn, false);
    }

    public static TokenResponse passwordChangeOnly(String access, int expiresIn) {
        return new TokenResponse(access, null, "Bearer", expiresIn, true);
    }
}
