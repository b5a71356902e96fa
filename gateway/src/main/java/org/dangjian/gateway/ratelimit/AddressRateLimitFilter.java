package org.dangjian.gateway.ratelimit;

import org.dangjian.gateway.client.ClientAddress;
import org.dangjian.gateway.client.ClientAddressFilter;
import org.dangjian.gateway.problem.ProblemType;
import org.dangjian.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A token bucket per client address for every API request, taken before the token is checked: a flood of made-up
 * tokens from one address is refused with 429 without a signature check, a key-set fetch or a revocation lookup each.
 * Sized for an office where many people share one address ({@code dj.gateway.rate-limit.per-address-per-second},
 * {@code per-address-burst}); the per-account bucket after authentication is the finer limit.
 */
@Component
public class AddressRateLimitFilter implements WebFilter, Ordered {
    static final String BUCKET = "before-auth";
    private final RedisRateLimiter limiter;
    private final ProblemWriter problems;

    public AddressRateLimitFilter(RedisRateLimiter limiter, RateLimitProperties properties, ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
        limiter.getConfig().put(BUCKET, new RedisRateLimiter.Config()
                .setReplenishRate(properties.perAddressPerSecond())
                .setBurstCapacity(properties.perAddressBurst())
                .setRequestedTokens(1));
    }

    @Override
    public int getOrder() {
        return ClientAddressFilter.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        // the limiter's Redis keys hold the key only, not the bucket's name: a prefix of its own keeps this bucket
        // apart from the per-route one of anonymous calls ("address:...")
        return limiter.isAllowed(BUCKET, BUCKET + ":" + ClientAddress.of(exchange)).flatMap(decision -> {
            if (decision.isAllowed()) {
                return chain.filter(exchange);
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return problems.write(exchange, ProblemType.TOO_MANY_REQUESTS);
        });
    }
}
