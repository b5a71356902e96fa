package org.dangjian.kit.serviceclient;

import java.time.Duration;
import org.dangjian.auth.contract.TokenClaims;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code dj.service-client}: who this service is when it calls another, and how long it waits. */
@ConfigurationProperties("dj.service-client")
public class ServiceClientProperties {
    /** The name org-service knows this service by; defaults to {@code spring.application.name}. */
    private String name;
    /** This service's secret, from its {@code DJ_SERVICE_SECRET_<NAME>}, which org-service also reads (the service's description lists {@code calls}). */
    private String secret;
    /** Where tokens come from; {@code lb://} resolves org-service through discovery. */
    private String tokenUri = "lb://org-service" + TokenClaims.SERVICE_TOKEN_PATH;
    /** A cached token is replaced this long before it expires, so no call leaves with a token about to lapse. */
    private Duration renewBefore = Duration.ofMinutes(1);
    /** The longest a call to another service may take before its fallback answers instead. */
    private Duration timeout = Duration.ofSeconds(2);
    /** Failed share of recent calls (percent) that opens a breaker: calls then go straight to the fallback. */
    private float failureRateThreshold = 50;
    /** How many calls the failure share is measured over (and the fewest before it counts). */
    private int slidingWindow = 10;
    /** How long an open breaker waits before letting a few trial calls through. */
    private Duration waitInOpenState = Duration.ofSeconds(30);

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getTokenUri() {
        return tokenUri;
    }

    public void setTokenUri(String tokenUri) {
        this.tokenUri = tokenUri;
    }

    public Duration getRenewBefore() {
        return renewBefore;
    }

    public void setRenewBefore(Duration renewBefore) {
        this.renewBefore = renewBefore;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public float getFailureRateThreshold() {
        return failureRateThreshold;
    }

    public void setFailureRateThreshold(float failureRateThreshold) {
        this.failureRateThreshold = failureRateThreshold;
    }

    public int getSlidingWindow() {
        return slidingWindow;
    }

    public void setSlidingWindow(int slidingWindow) {
        this.slidingWindow = slidingWindow;
    }

    public Duration getWaitInOpenState() {
        return waitInOpenState;
    }

    public void setWaitInOpenState(Duration waitInOpenState) {
        this.waitInOpenState = waitInOpenState;
    }
}
