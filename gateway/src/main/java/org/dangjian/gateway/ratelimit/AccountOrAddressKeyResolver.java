package org.dangjian.gateway.ratelimit;

import org.dangjian.gateway.client.ClientAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bucket a request draws from: {@code account:<sub>} once the token is verified, else
 * {@code address:<client ip>} (as {@link ClientAddress} resolved it: X-Forwarded-For only from a trusted proxy).
 */
@Component
public class AccountOrAddressKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(principal -> "account:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + ClientAddress.of(exchange)));
    }
}
