package org.dangjian.kit.serviceclient;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

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

    private final LoadingCache<Boolean, Fetched> token;

    public ServiceTokens(Source source, Clock clock, Duration renewBefore) {
        // One entry, kept until renewBefore ahead of the expiry org-service states; Caffeine makes concurrent
        // callers wait for one fetch, and a failed fetch leaves nothing behind, so the next call tries again.
        this.token = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.creating((Boolean key, Fetched fetched) ->
                        Duration.ofSeconds(fetched.expiresInSeconds()).minus(renewBefore)))
                .build(key -> source.fetch());
    }

    /** A token good for at least {@code renewBefore} more. */
    public String current() {
        return token.get(Boolean.TRUE).accessToken();
    }
}
