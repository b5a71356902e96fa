package org.dangjian.gateway.body;

import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.gateway.problem.ProblemType;
import org.dangjian.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers 413 problem details for a body over the limit: at once when Content-Length says so,
 * otherwise (chunked uploads) as soon as the streamed bytes pass the limit.
 */
@Component
public class BodySizeLimitFilter implements WebFilter, Ordered {
    private final long maxBytes;
    private final BodyLimitProperties properties;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(BodyLimitProperties properties, ProblemWriter problems) {
        this.properties = properties;
        this.maxBytes = properties.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            // the body is never read: close the connection rather than leave it half-consumed
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE,
                    PayloadTooLargeException.describe(properties.maxBodySize()));
        }
        if (declared >= 0) {
            return chain.filter(exchange); // the server never reads past Content-Length
        }
        ServerHttpRequest limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLargeException(properties.maxBodySize()));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }
}
