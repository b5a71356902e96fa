package org.dangjian.org.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("dj.auth")
public class AuthProperties {
    private Duration accessTokenTtl = Duration.ofMinutes(15);
    private Duration refreshTokenTtl = Duration.ofDays(14);
    /** Failed logins in a row that lock an account. */
    private int maxFailedLogins = 5;
    private Duration lockout = Duration.ofMinutes(15);
    /** One-time SMS login codes: how long one is good, wrong tries before it is gone, one request per phone per interval. */
    private Duration loginCodeTtl = Duration.ofMinutes(5);
    private int loginCodeMaxTries = 5;
    private Duration loginCodeInterval = Duration.ofMinutes(1);
    /**
     * Services that may get a service token, by name, with their secrets (from the environment, never a
     * file in the repository). A name with an empty secret is refused.
     */
    private Map<String, String> serviceClients = new LinkedHashMap<>();
    /** Short: a leaked service token is good for minutes, and callers fetch a new one when it nears its end. */
    private Duration serviceTokenTtl = Duration.ofMinutes(10);

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = accessTokenTtl;
    }

    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    public int getMaxFailedLogins() {
        return maxFailedLogins;
    }

    public void setMaxFailedLogins(int maxFailedLogins) {
        this.maxFailedLogins = maxFailedLogins;
    }

    public Duration getLockout() {
        return lockout;
    }

    public void setLockout(Duration lockout) {
        this.lockout = lockout;
    }

    public Duration getLoginCodeTtl() {
        return loginCodeTtl;
    }

    public void setLoginCodeTtl(Duration loginCodeTtl) {
        this.loginCodeTtl = loginCodeTtl;
    }

    public int getLoginCodeMaxTries() {
        return loginCodeMaxTries;
    }

    public void setLoginCodeMaxTries(int loginCodeMaxTries) {
        this.loginCodeMaxTries = loginCodeMaxTries;
    }

    public Map<String, String> getServiceClients() {
        return serviceClients;
    }

    public void setServiceClients(Map<String, String> serviceClients) {
        this.serviceClients = serviceClients;
    }

    public Duration getServiceTokenTtl() {
        return serviceTokenTtl;
    }

    public void setServiceTokenTtl(Duration serviceTokenTtl) {
        this.serviceTokenTtl = serviceTokenTtl;
    }

    public Duration getLoginCodeInterval() {
        return loginCodeInterval;
    }

    public void setLoginCodeInterval(Duration loginCodeInterval) {
        this.loginCodeInterval = loginCodeInterval;
    }
}
