package org.dangjian.org.auth;

/**
 * A login's answer. With {@code passwordChangeRequired} the access token is good only for
 * {@code POST /api/auth/password} and there is no refresh token: the holder must change the password
 * before anything else, and the change answers with a normal pair. With {@code secondFactor} there is no token
 * yet: the code it asks for, sent with its challenge to {@code POST /api/auth/login/second-factor}, completes the
 * sign-in.
 */
public record TokenResponse(String accessToken, String refreshToken, String tokenType, Integer expiresIn,
                            boolean passwordChangeRequired, SecondFactorStep secondFactor) {
    public static TokenResponse bearer(String access, String refresh, int expiresIn) {
        return new TokenResponse(access, refresh, "Bearer", expiresIn, false, null);
    }

    public static TokenResponse passwordChangeOnly(String access, int expiresIn) {
        return new TokenResponse(access, null, "Bearer", expiresIn, true, null);
    }

    public static TokenResponse secondStep(SecondFactorStep step) {
        return new TokenResponse(null, null, null, null, false, step);
    }
}
