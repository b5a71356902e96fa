package org.dangjian.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.dangjian.gateway.body.PayloadTooLargeException;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defaults for every route's breaker; a client's oversized upload is not the service's failure. Bulk
 * routes get their own, longer timeout.
 */
@Configuration(proxyBeanMethods = false)
public class CircuitBreakerConfig {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeBreakerDefaults(ResilienceProperties properties) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(properties.timeoutOf(id))
                        .cancelRunningFuture(true)
                        .build())
                .circuitBreakerConfig(io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.custom()
                        .slidingWindowType(SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(properties.slidingWindow())
                        .minimumNumberOfCalls(properties.minimumCalls())
                        .failureRateThreshold(properties.failureRate())
                        .waitDurationInOpenState(properties.waitInOpenState())
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .automaticTransitionFromOpenToHalfOpenEnabled(false)
                        .ignoreExceptions(PayloadTooLargeException.class)
                        .build())
                .build());
    }
}
