package org.dangjian.kit.serviceclient;

import feign.RequestInterceptor;
import feign.Retryer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * What a service needs to call another: its token on every Feign request, the caller's trace (OpenFeign's
 * Micrometer observation, on by default with {@code feign-micrometer} present, sends the W3C
 * {@code traceparent}), and a Resilience4j breaker
 * with a time limit around every Feign client (Spring Cloud OpenFeign wraps each client method in one
 * when {@code spring.cloud.openfeign.circuitbreaker.enabled}, which this kit's defaults turn on). A call
 * that is slow, fails or finds the breaker open gets the client's fallback instead: a neighbour in
 * trouble degrades one feature and never turns into errors here. A refused connection (an instance dead but still
 * listed) is tried once more on the next instance ({@link RefusedConnectionRetryer}). The service keeps
 * {@code @EnableFeignClients} and writes each client with its fallback.
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceClientAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ServiceTokens serviceTokens(ServiceClientProperties props, Environment env,
                                ObjectProvider<LoadBalancerClient> loadBalancer) {
        String name = props.getName() != null ? props.getName() : env.getRequiredProperty("spring.application.name");
        return new ServiceTokens(new TokenEndpoint(props, name, loadBalancer), Clock.systemUTC(), props.getRenewBefore());
    }

    @Bean
    RequestInterceptor serviceTokenInterceptor(ServiceTokens tokens) {
        return new ServiceTokenInterceptor(tokens);
    }

    /** A refused connection is tried once more, on the next instance; nothing else is retried. */
    @Bean
    @ConditionalOnMissingBean
    Retryer refusedConnectionRetryer() {
        return new RefusedConnectionRetryer();
    }

    /** The default of every breaker the factory makes, so of every Feign client method's. */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> serviceCallBreakers(ServiceClientProperties props) {
        return factory -> {
            // Calls run on the breaker's threads (that is how the time limit can give up on them): hand
            // them the caller's observation, so Feign's observation continues the caller's trace.
            factory.configureExecutorService(BreakerThreads.create());
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(props.getTimeout()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(props.getSlidingWindow())
                        .minimumNumberOfCalls(props.getSlidingWindow())
                        .failureRateThreshold(props.getFailureRateThreshold())
                        .waitDurationInOpenState(props.getWaitInOpenState())
                        .build())
                .build());
        };
    }
}
