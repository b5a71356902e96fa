package org.dangjian.org.auth;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.auth.*}: token lifetimes, lockout after failed logins, one-time SMS login codes (how long one is
 * good, wrong tries before it is gone, one request per phone per interval), and the services that may get a
 * service token, by name, with their secrets (from the environment, never a file in the repository; a name
 * with an empty secret is refused). Service tokens are short: a leaked one is good for minutes, and callers
 * fetch a new one when it nears its end.
 *
 * @param maxFailedLogins failed logins in a row that lock an account
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
        Map<String, String> serviceClients,
        @DefaultValue("10m") Duration serviceTokenTtl) {

    public AuthProperties {
        serviceClients = serviceClients == null ? Map.of() : Map.copyOf(serviceClients);
    }
}
