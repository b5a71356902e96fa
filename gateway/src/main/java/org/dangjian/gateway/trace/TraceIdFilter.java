package org.dangjian.gateway.trace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Runs first: keeps a well-formed incoming {@code X-Trace-Id} or makes one, sends it downstream,
 * puts it on the response and into the Reactor context (and from there into the MDC of log lines).
 */
@Component
public class TraceIdFilter implements WebFilter, Ordered {
    private static final Logger log = LoggerFactory.getLogger(TraceIdFilter.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(TraceId.HEADER);
        String traceId = TraceId.isWellFormed(incoming) ? incoming : TraceId.generate();
        exchange.getAttributes().put(TraceId.ATTRIBUTE, traceId);
        exchange.getResponse().getHeaders().set(TraceId.HEADER, traceId);
        // a downstream response may carry its own header; ours wins
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(TraceId.HEADER, traceId);
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(TraceId.HEADER, traceId))
                .build();
        long started = System.nanoTime();
        return chain.filter(exchange.mutate().request(request).build())
                .doFinally(signal -> {
                    if (log.isDebugEnabled()) {
                        log.debug("{} {} -> {} in {} ms", request.getMethod(), request.getPath().value(),
                                exchange.getResponse().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
                    }
                })
                .contextWrite(Context.of(TraceId.MDC_KEY, traceId));
    }
}
