package org.dangjian.contracts.auth;

import java.time.Instant;

/**
 * A member asked for a one-time login code. notify-service delivers {@code code} by SMS to
 * {@code phone}; the code is good until {@code expiresAt}. org-service keeps only a keyed hash of it,
 * so this event is the one place the code exists in clear: consumers must not log or store it.
 */
public record AuthLoginCodeRequested(long accountId, String phone, String code, Instant expiresAt)
        implements AccountEvent {
    public static final String TYPE = "dj.auth.login-code-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
