package org.dangjian.notify.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.notify.message.DeliverySignal;
import org.dangjian.notify.message.NotifySettings;
import org.dangjian.notify.message.SendPolicy;
import org.dangjian.notify.template.Templates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS provider chosen by {@code dj.notify.sms.provider} ({@code log} unless configured), its circuit
 * breaker, the send policy in the users' time zone, and the worker.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifySettings.class)
class DeliveryConfig {

    @Bean
    @ConditionalOnProperty(name = "dj.notify.sms.provider", havingValue = "log", matchIfMissing = true)
    SmsProvider logSmsProvider() {
        return new LogSmsProvider();
    }

    @Bean
    SendPolicy sendPolicy(NotifySettings settings, Clock clock) {
        return new SendPolicy(settings.getQuietStart(), settings.getQuietEnd(), settings.getDailyLimit(), clock.getZone());
    }

    /** Only failures worth retrying count against the provider; an invalid number is not its fault. */
    @Bean
    CircuitBreaker smsCircuitBreaker(SmsProvider provider, NotifySettings settings) {
        NotifySettings.Breaker b = settings.getBreaker();
        return CircuitBreaker.of("sms-" + provider.name(), CircuitBreakerConfig.custom()
                .failureRateThreshold(b.getFailureRate())
                .slidingWindowSize(b.getWindow())
                .minimumNumberOfCalls(b.getMinimumCalls())
                .waitDurationInOpenState(b.getOpenWait())
                .recordException(e -> !(e instanceof ProviderException p) || p.retryable())
                .build());
    }

    @Bean
    DeliveryWorker deliveryWorker(DeliveryStore store, SmsProvider provider, CircuitBreaker smsCircuitBreaker,
                                  Templates templates, SendPolicy policy, NotifySettings settings, DeliverySignal signal,
                                  FieldCipher cipher, JsonMapper json, Clock clock) {
        return new DeliveryWorker(store, provider, smsCircuitBreaker, templates, policy, settings, signal, cipher, json,
                clock);
    }
}
