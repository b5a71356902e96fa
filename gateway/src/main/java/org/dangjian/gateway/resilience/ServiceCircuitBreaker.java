package org.dangjian.gateway.resilience;

import java.time.Duration;
import org.dangjian.gateway.body.PayloadTooLargeException;
import org.dangjian.gateway.problem.ProblemType;
import org.dangjian.gateway.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A Resilience4j circuit breaker around one route, up to the moment the service starts answering.
 * Its fallback is a 503 problem: no instance, refused connection, timeout or open breaker all end
 * there quickly instead of hanging the client.
 */
@Component
public class ServiceCircuitBreaker {
    /** Inside the response writer (-1), so streaming a long download is not cut by the timeout. */
    public static final int ORDER = 1;
    private static final Logger log = LoggerFactory.getLogger(ServiceCircuitBreaker.class);

    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final ProblemWriter problems;

    public ServiceCircuitBreaker(ReactiveCircuitBreakerFactory<?, ?> breakers, ProblemWriter problems) {
        this.breakers = breakers;
        this.problems = problems;
    }

    public GatewayFilter forRoute(String routeId, String service) {
        ReactiveCircuitBreaker breaker = breakers.create(routeId);
        return new OrderedGatewayFilter((exchange, chain) ->
                breaker.run(chain.filter(exchange), error -> fallback(exchange, service, error)), ORDER);
    }

    /**
     * For {@code /health/<service>}: the same 503 problem when the service cannot answer, but no breaker. A probe
     * must say how the service is now; probes sent before a service registered (the launcher waits for each
     * service that way) used to open the health route's breaker, which then answered 503 for a healthy service.
     */
    public GatewayFilter probe(String service, Duration timeout) {
        return new OrderedGatewayFilter((exchange, chain) -> chain.filter(exchange).timeout(timeout)
                .onErrorResume(error -> fallback(exchange, service, error)), ORDER);
    }

    private Mono<Void> fallback(ServerWebExchange exchange, String service, Throwable error) {
        if (PayloadTooLargeException.findIn(error) != null || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        log.warn("{} {} -> {} unavailable: {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(), service, describe(error));
        return problems.write(exchange, ProblemType.SERVICE_UNAVAILABLE, service);
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? error.toString() : error + " (cause: " + root + ")";
    }
}
