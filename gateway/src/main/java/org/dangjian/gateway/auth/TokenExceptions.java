package org.dangjian.gateway.auth;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;

/** Why a token was turned away; the entry point picks the problem code from these. */
final class TokenExceptions {
    private TokenExceptions() {
    }

    /** Signed by us, but past its expiry: the client should refresh. */
    static final class Expired extends BadJwtException {
        Expired(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Valid, but revoked in Redis (logout, password change, locked account). */
    static final class Revoked extends BadJwtException {
        Revoked(String message) {
            super(message);
        }
    }

    /**
     * The token could not be checked (keys or revocation store unreachable). Not a {@link BadJwtException}:
     * Spring Security turns it into an AuthenticationServiceException, answered with 503.
     */
    static final class VerificationUnavailable extends JwtException {
        VerificationUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The first exception of {@code type} in the cause chain, or null. */
    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
