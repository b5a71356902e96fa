package org.dangjian.org.auth;

public record TokenResponse(String accessToken, String refreshToken, String tokenType, int expiresIn) {
    static TokenResponse bearer(String access, String refresh, int expiresIn) {
        return new TokenResponse(access, refresh, "Bearer", expiresIn);
    }
}
