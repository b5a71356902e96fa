package org.dangjian.contracts.auth;

import java.time.Instant;

/**
 * A member asked for a one-time login code. notify-service delivers {@code code} by SMS to
 * {@code phone}; the code is good until {@code expiresAt}. org-service keeps only a keyed hash of it,
 * so this event is the one place the code exists: phone and code are sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear), so the outbox table and the topic hold
 * nothing usable; consumers must not log or store the opened code.
 */
public record AuthLoginCodeRequested(long accountId, String phone, String code, Instant expiresAt)
        implements AccountEvent {
    public static final String TYPE = "dj.auth.login-code-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
