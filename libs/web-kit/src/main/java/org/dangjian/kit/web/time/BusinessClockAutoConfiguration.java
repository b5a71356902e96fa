package org.dangjian.kit.web.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The platform's "today" is the date where its users are ({@code dj.time-zone}, Asia/Shanghai unless
 * set), whatever zone a server runs in: a branch secretary entering today's date at 7 a.m. in Kunshan
 * must not be told it lies in the future because the server's clock (UTC) still says yesterday. Code
 * asks the {@link Clock} bean ({@code LocalDate.now(clock)}), and Bean Validation's {@code @Past} /
 * {@code @PastOrPresent} / {@code @Future} use the same clock. A bean, so that tests can fix the date.
 */
@AutoConfiguration
public class BusinessClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock businessClock(@Value("${dj.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    ValidationConfigurationCustomizer validationUsesBusinessClock(ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(clock::getObject);
    }
}
