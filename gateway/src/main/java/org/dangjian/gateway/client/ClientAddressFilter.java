package org.dangjian.gateway.client;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Resolves the client's address once (see {@link ClientAddress}), keeps it on the exchange for the rate limits, and
 * hands it to the services in {@link ClientAddress#HEADER}, replacing whatever the client sent under that name.
 */
@Component
public class ClientAddressFilter implements WebFilter, Ordered {
    /** After the trace id and the identity-header strip, before the address rate limit and authentication. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 15;
    private final TrustedProxies proxies;

    public ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String address = ClientAddress.resolve(exchange.getRequest(), proxies);
        exchange.getAttributes().put(ClientAddress.ATTRIBUTE, address);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(h -> h.set(ClientAddress.HEADER, address))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
