package org.dangjian.org.auth.service;

import java.time.Clock;
import java.time.Duration;
import org.dangjian.kit.serviceclient.ServiceTokens;
import org.dangjian.org.auth.TokenIssuer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * org-service issues service tokens, so it signs its own for its calls instead of trading a secret with itself over
 * HTTP (service-client-kit's default source).
 */
@Configuration(proxyBeanMethods = false)
class OwnServiceToken {
    static final String NAME = "org-service";

    @Bean
    ServiceTokens serviceTokens(TokenIssuer issuer, Clock clock) {
        return new ServiceTokens(() -> new ServiceTokens.Fetched(issuer.issueService(NAME),
                issuer.serviceLifetimeSeconds()), clock, Duration.ofMinutes(1));
    }
}
