package org.dangjian.member;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for ages, dates in the future and political birthdays is the date in China, whatever zone the
 * server runs in: a branch secretary entering today's date at 7 a.m. in Kunshan must not be told it lies
 * in the future because the server's clock still says yesterday (UTC). Bean Validation
 * ({@code @PastOrPresent}) uses the same clock. A bean, so that tests can fix the date.
 */
@Configuration(proxyBeanMethods = false)
class MemberClock {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(CHINA);
    }

    @Bean
    ValidationConfigurationCustomizer validationClock(ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(() -> clock.getObject());
    }
}
