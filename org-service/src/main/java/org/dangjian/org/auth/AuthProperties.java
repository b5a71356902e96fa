package org.dangjian.org.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.auth.*}: token lifetimes, lockout after failed logins, one-time SMS login codes (how long one is
 * good, wrong tries before it is gone, one request per phone per interval) and how long a service token lasts.
 * Service tokens are short: a leaked one is good for minutes, and callers fetch a new one when it nears its
 * end. Which services may get one, and their secrets, is not a setting here: see {@code ServiceClients}.
 *
 * @param maxFailedLogins failed logins in a row that lock an account, and the attempts an account gets in one lockout
 *        window before any password is checked
 * @param loginFailuresPerAddress failed logins one client address may make in a lockout window (an office behind one
 *        address shares it)
 */
@ConfigurationProperties("dj.auth")
public record AuthProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("5m") Duration loginCodeTtl,
        @DefaultValue("5") int loginCodeMaxTries,
        @DefaultValue("1m") Duration loginCodeInterval,
        @DefaultValue("10m") Duration serviceTokenTtl,
        @DefaultValue("100") int loginFailuresPerAddress) {
}
