package org.dangjian.gateway.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.gateway.circuit-breaker.*}, one breaker per route.
 *
 * @param timeout          how long a service may take to start answering (a password hash is slow)
 * @param bulkTimeout      the same for spreadsheet imports ({@code /api/<area>/import} and
 *                         {@code /api/<area>/<collection>/import}, such as recruitment's cases): a city-wide
 *                         file is validated and applied whole before the service answers
 * @param failureRate      percentage of failed calls that opens the breaker
 * @param slidingWindow    how many recent calls the failure rate is computed over
 * @param minimumCalls     calls needed before the rate means anything
 * @param waitInOpenState  how long an open breaker answers 503 at once before trying again
 */
@ConfigurationProperties("dj.gateway.circuit-breaker")
public record ResilienceProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("120s") Duration bulkTimeout,
        @DefaultValue("50") float failureRate,
        @DefaultValue("20") int slidingWindow,
        @DefaultValue("10") int minimumCalls,
        @DefaultValue("10s") Duration waitInOpenState) {

    /** Breakers of bulk routes have ids starting with this. */
    public static final String BULK_PREFIX = "bulk-";

    public Duration timeoutOf(String routeId) {
        return routeId.startsWith(BULK_PREFIX) ? bulkTimeout : timeout;
    }
}
