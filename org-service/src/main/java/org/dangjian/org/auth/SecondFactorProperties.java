package org.dangjian.org.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.auth.second-factor.*}.
 *
 * @param requiredForCityAdmin whether a city administrator must give a second factor at every sign-in; one who has
 *        none sets it up as part of signing in. Off by default so the local platform and its tests sign in with the
 *        password; set it in production ({@code DJ_AUTH_SECONDFACTOR_REQUIREDFORCITYADMIN=true}).
 * @param challengeTtl how long the second step of a sign-in (or a setup) waits for its code
 * @param maxTries wrong codes a challenge takes before it is gone (each also counts as a failed login)
 */
@ConfigurationProperties("dj.auth.second-factor")
public record SecondFactorProperties(
        @DefaultValue("false") boolean requiredForCityAdmin,
        @DefaultValue("5m") Duration challengeTtl,
        @DefaultValue("5") int maxTries) {
}
