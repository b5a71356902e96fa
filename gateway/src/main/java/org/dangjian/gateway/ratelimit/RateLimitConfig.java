package org.dangjian.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's Redis token bucket (Spring Cloud Gateway's Lua script), sized from properties. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfig {

    @Bean
    RedisRateLimiter accountRateLimiter(RateLimitProperties properties) {
        return new RedisRateLimiter(properties.replenishRate(), properties.burstCapacity());
    }
}
