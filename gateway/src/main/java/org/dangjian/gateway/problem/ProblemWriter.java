package org.dangjian.gateway.problem;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dangjian.gateway.trace.TraceIdFilter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem body: {@code type, title, status, detail, instance, code, traceId},
 * in the language the client prefers. Never a stack trace.
 */
@Component
public class ProblemWriter {
    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type) {
        return write(exchange, type, null);
    }

    /** Writes the problem unless the response is already under way; {@code argument} fills the detail. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, Object argument) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Language language = Language.fromAcceptLanguage(
                exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", type.title(language));
        body.put("status", type.status().value());
        body.put("detail", type.detail(language, argument));
        body.put("instance", originalPath(exchange));
        body.put("code", type.code());
        body.put("traceId", TraceIdFilter.traceIdOf(exchange));
        byte[] bytes = json.writeValueAsBytes(body);

        response.setStatusCode(type.status());
        HttpHeaders headers = response.getHeaders();
        // drop whatever a failed downstream attempt may have left behind
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language == Language.EN ? "en" : "zh-CN");
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    /** The path the client asked for, before any route filter rewrote it. */
    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals != null && !originals.isEmpty()) {
            return originals.iterator().next().getRawPath();
        }
        return exchange.getRequest().getPath().value();
    }
}
