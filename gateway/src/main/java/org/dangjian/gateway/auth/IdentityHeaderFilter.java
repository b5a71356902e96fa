package org.dangjian.gateway.auth;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes identity headers a client might send to impersonate someone ({@code X-Org-Id: 1} ...).
 * Services trust only the JWT, which passes unchanged; this makes sure nothing else can be mistaken
 * for it, on every request, anonymous ones included.
 */
@Component
public class IdentityHeaderFilter implements WebFilter, Ordered {
    static final Set<String> NAMES = Set.of(
            "x-account-id", "x-user", "x-username", "x-org-id", "x-org-path", "x-roles", "x-role",
            "x-member-id", "x-forwarded-user", "x-remote-user", "remote-user", "x-authenticated-user",
            "x-tenant-id", "x-data-scope", "x-scope", "x-principal", "x-auth-user", "x-userinfo");
    static final List<String> PREFIXES = List.of(
            "x-user-", "x-account-", "x-org-", "x-member-", "x-auth-", "x-authenticated-", "x-forwarded-user-");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (headers.headerNames().stream().noneMatch(IdentityHeaderFilter::isIdentityHeader)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest stripped = exchange.getRequest().mutate()
                .headers(h -> List.copyOf(h.headerNames()).stream()
                        .filter(IdentityHeaderFilter::isIdentityHeader)
                        .forEach(h::remove))
                .build();
        return chain.filter(exchange.mutate().request(stripped).build());
    }

    static boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
