package org.dangjian.gateway.trace;

import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts the request's trace id on the response as {@code X-Trace-Id}. The trace is Micrometer Tracing's:
 * WebFlux's server observation continues a client's W3C {@code traceparent} or starts a trace, the
 * gateway's observation of the routed request sends {@code traceparent} downstream, and Reactor's context
 * propagation puts the trace id in the MDC of the gateway's log lines. A client's {@code X-Trace-Id} is
 * not read.
 */
@Component
public class TraceIdFilter implements WebFilter, Ordered {
    public static final String HEADER = "X-Trace-Id";
    private static final Logger log = LoggerFactory.getLogger(TraceIdFilter.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // a downstream response carries its own header (the same trace); ours is set last
        exchange.getResponse().beforeCommit(() -> {
            String traceId = traceIdOf(exchange);
            if (traceId != null) {
                exchange.getResponse().getHeaders().set(HEADER, traceId);
            }
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest();
        long started = System.nanoTime();
        return chain.filter(exchange)
                .doOnSuccess(done -> logged(request, exchange.getResponse().getStatusCode(), started))
                // an error is answered by the error handler after this filter: its status is the error's, not yet the
                // response's (which would read 200)
                .doOnError(error -> logged(request, error instanceof ResponseStatusException status
                        ? status.getStatusCode() : error.getClass().getSimpleName(), started));
    }

    private static void logged(ServerHttpRequest request, Object status, long started) {
        if (log.isDebugEnabled()) {
            log.debug("{} {} -> {} in {} ms", request.getMethod(), request.getPath().value(), status,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The trace id of the exchange's server observation, or null when it is not traced. */
    public static String traceIdOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(span -> span.context().traceId())
                .orElse(null);
    }
}
