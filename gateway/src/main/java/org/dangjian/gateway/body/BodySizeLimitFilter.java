package org.dangjian.gateway.body;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.gateway.problem.ProblemType;
import org.dangjian.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
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
    private static final Duration LINGER_AT_MOST = Duration.ofSeconds(30);
    private static final Duration LINGER_IDLE = Duration.ofSeconds(5);
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

    /**
     * Reads and drops the rest of a refused upload after the 413 has left (as nginx's lingering close does): closing
     * with bytes unread makes the kernel reset the connection, and the reset can wipe the 413 on the client's side
     * before its HTTP parser sees it (RFC 9112 §9.6). Bounded in time, so that a client cannot hold the connection;
     * a body read to its end leaves the connection fit for the next request.
     */
    private static Mono<Void> linger(ServerHttpRequest request) {
        return request.getBody()
                .doOnNext(DataBufferUtils::release)
                .take(LINGER_AT_MOST)
                .timeout(LINGER_IDLE)
                .onErrorComplete()
                .then();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            // the body is never forwarded, only read and dropped
            return problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE,
                    PayloadTooLargeException.describe(properties.maxBodySize())).then(linger(exchange.getRequest()));
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
