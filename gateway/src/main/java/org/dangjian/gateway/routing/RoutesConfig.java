package org.dangjian.gateway.routing;

import java.net.ConnectException;
import org.dangjian.gateway.docs.ServiceDocuments;
import org.dangjian.gateway.ratelimit.RateLimit;
import org.dangjian.gateway.resilience.ResilienceProperties;
import org.dangjian.gateway.resilience.ServiceCircuitBreaker;
import org.dangjian.kit.catalog.ServiceCatalog;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.SetPathGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The routes, built from the services' descriptions ({@link ServiceCatalog}): every area of every described
 * service is {@code /api/<area>/**} to {@code lb://<service>}, and every described service has
 * {@code /health/<service>} and {@code /v3/api-docs/<service>}. An area nobody describes has no route and
 * gets the gateway's 404 problem, like any unknown path. Paths pass unchanged (services serve
 * {@code /api/<area>/...} themselves). Per route, outermost first: rate limit (API routes only),
 * circuit breaker with a 503 fallback, one retry of a request whose connection was refused, then the load
 * balancer. A refused connection means the request never reached the service, so retrying it is safe for any
 * method: an instance killed without stopping (kill -9, out of memory) stays listed until its lease runs out (65 s
 * locally), and without the retry every other write to that service answered 503 meanwhile (the reliability suite's
 * crash test saw it). The body of a retried request is kept by the retry filter; bodies are at most the gateway's
 * limit. A spreadsheet import ({@code POST /api/<area>/import}), the large body, has a route of its own without the
 * retry, whose breaker waits longer.
 */
@Configuration(proxyBeanMethods = false)
public class RoutesConfig {
    private static final int RETRY_ORDER = ServiceCircuitBreaker.ORDER + 1;
    private static final int SET_PATH_ORDER = ServiceCircuitBreaker.ORDER + 2;
    /** A health probe that takes longer than this is as good as no answer. */
    private static final java.time.Duration HEALTH_PROBE_TIMEOUT = java.time.Duration.ofSeconds(5);

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceCatalog catalog, RateLimit rateLimit,
                               ServiceCircuitBreaker breaker, RetryGatewayFilterFactory retries,
                               SetPathGatewayFilterFactory paths, ServiceDocuments serviceDocuments) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        GatewayFilter retryRefused = retries.apply(new RetryGatewayFilterFactory.RetryConfig()
                .setRetries(1)
                .setMethods(HttpMethod.values())
                .setSeries()
                .setExceptions(ConnectException.class));
        catalog.areas().forEach((area, service) -> {
            // Declared before the area's route so it wins; its breaker has the bulk timeout.
            String bulk = ResilienceProperties.BULK_PREFIX + area;
            routes.route(bulk, r -> r.path("/api/" + area + "/import", "/api/" + area + "/*/import").and().method(HttpMethod.POST)
                    .filters(f -> f
                            .filter(rateLimit.forRoute(bulk))
                            .filter(breaker.forRoute(bulk, service)))
                    .uri("lb://" + service));
            String id = "api-" + area;
            routes.route(id, r -> r.path("/api/" + area, "/api/" + area + "/**")
                    .filters(f -> f
                            .filter(rateLimit.forRoute(id))
                            .filter(breaker.forRoute(id, service))
                            .filter(retryRefused, RETRY_ORDER))
                    .uri("lb://" + service));
        });
        for (String service : catalog.names()) {
            String health = "health-" + service;
            routes.route(health, r -> r.path("/health/" + service).and().method(HttpMethod.GET)
                    .filters(f -> withPath(f.filter(breaker.probe(service, HEALTH_PROBE_TIMEOUT))
                            .filter(retryRefused, RETRY_ORDER), paths, "/actuator/health"))
                    .uri("lb://" + service));
            String docs = "docs-" + service;
            routes.route(docs, r -> r.path(ServiceDocuments.PATH + service).and().method(HttpMethod.GET)
                    .filters(f -> withPath(f.filter(breaker.forRoute(docs, service))
                            .filter(retryRefused, RETRY_ORDER)
                            .modifyResponseBody(String.class, String.class, serviceDocuments), paths, "/v3/api-docs"))
                    .uri("lb://" + service));
        }
        return routes.build();
    }

    private static GatewayFilterSpec withPath(GatewayFilterSpec filters, SetPathGatewayFilterFactory paths,
                                              String path) {
        SetPathGatewayFilterFactory.Config config = new SetPathGatewayFilterFactory.Config();
        config.setTemplate(path);
        return filters.filter(paths.apply(config), SET_PATH_ORDER);
    }
}
