package org.dangjian.gateway.auth;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import org.dangjian.gateway.portal.PortalPaths;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * What a client may call without a token: signing in, the public keys, checking a letter of
 * introduction by its QR code, SMS providers' delivery reports (notify-service checks their shared
 * secret), a lesson's file through its signed link (learning-service checks the signature: players cannot send a
 * token), health and API docs, and the portal's pages and files (the portal signs in through the API).
 */
final class AnonymousPaths {
    private AnonymousPaths() {
    }

    static ServerWebExchangeMatcher matcher() {
        return new OrServerWebExchangeMatcher(
                pathMatchers(HttpMethod.POST,
                        "/api/auth/login", "/api/auth/login/second-factor", "/api/auth/refresh",
                        "/api/auth/sms-code", "/api/auth/sms-login",
                        "/api/auth/wechat-login", "/api/auth/wechat-bind", "/api/notifications/reports/*"),
                pathMatchers(HttpMethod.GET, "/api/auth/jwks", "/api/transfers/letters/*/verification",
                        "/api/learning/media/*/content"),
                pathMatchers("/health/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
                        "/actuator/health/**"),
                exchange -> HttpMethod.GET.equals(exchange.getRequest().getMethod())
                        && PortalPaths.isPortal(exchange.getRequest().getPath().pathWithinApplication().value())
                        ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch());
    }
}
