package org.dangjian.kit.serviceclient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * This service's token for calling others, fetched from org-service and kept until shortly before it
 * expires: a burst of calls costs one token request, not one each. Replicas each hold their own.
 */
public class ServiceTokens {
    /** Fetches a fresh token; throws when org-service refuses or cannot be reached. */
    @FunctionalInterface
    public interface Source {
        Fetched fetch();
    }

    /** A token and how many seconds it is good for, as org-service answered. */
    public record Fetched(String accessToken, long expiresInSeconds) {
    }

    private final Source source;
    private final Clock clock;
    private final Duration renewBefore;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceTokens(Source source, Clock clock, Duration renewBefore) {
        this.source = source;
        this.clock = clock;
        this.renewBefore = renewBefore;
    }

    /** A token good for at least {@code renewBefore} more; concurrent callers wait for one fetch. */
    public synchronized String current() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            Fetched fetched = source.fetch();
            token = fetched.accessToken();
            renewAt = now.plusSeconds(fetched.expiresInSeconds()).minus(renewBefore);
        }
        return token;
    }
}
