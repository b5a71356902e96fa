package org.dangjian.gateway.ratelimit;

import org.dangjian.gateway.problem.ProblemType;
import org.dangjian.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Spring Cloud Gateway's RequestRateLimiter, but a refusal is a 429 problem body (with Retry-After)
 * rather than an empty response. When Redis is down the limiter lets requests through.
 */
@Component
public class RateLimit {
    /** Before the circuit breaker: a refused request must not count as a call to the service. */
    public static final int ORDER = -50;

    private final RedisRateLimiter limiter;
    private final KeyResolver keys;
    private final ProblemWriter problems;

    public RateLimit(RedisRateLimiter limiter, KeyResolver keys, ProblemWriter problems) {
        this.limiter = limiter;
        this.keys = keys;
        this.problems = problems;
    }

    public GatewayFilter forRoute(String routeId) {
        return new OrderedGatewayFilter((exchange, chain) -> keys.resolve(exchange)
                .flatMap(key -> limiter.isAllowed(routeId, key))
                .flatMap(decision -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    decision.getHeaders().forEach(headers::set);
                    if (decision.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    headers.set(HttpHeaders.RETRY_AFTER, "1");
                    return problems.write(exchange, ProblemType.TOO_MANY_REQUESTS);
                }), ORDER);
    }
}
