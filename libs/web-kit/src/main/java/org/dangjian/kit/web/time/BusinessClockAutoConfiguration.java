package org.dangjian.kit.web.time;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.dangjian.kit.web.devmode.DevelopmentModeAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 *
 * <p>In development mode a rehearsal may move it ahead with {@code dj.clock.offset} (see {@link ClockOffset}), and
 * while the platform runs with {@code ./platform clock} ({@code dj.clock.file}, see {@link MovableClock}).
 */
@AutoConfiguration(after = DevelopmentModeAutoConfiguration.class)
public class BusinessClockAutoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(BusinessClockAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock businessClock(@Value("${dj.time-zone:Asia/Shanghai}") ZoneId zone,
                        @Value("${" + ClockOffset.PROPERTY + ":}") String offset,
                        @Value("${" + ClockOffset.FILE_PROPERTY + ":}") String file, DevelopmentMode developmentMode) {
        Clock real = Clock.system(zone);
        Clock clock = ClockOffset.apply(real, offset, file, developmentMode);
        if (clock instanceof MovableClock) {
            log.warn("the clock moves with {} (DJ_CLOCK_FILE, ./platform clock): development mode", file.trim());
        } else if (clock != real) {
            log.warn("the clock runs {} ahead of the real time (DJ_CLOCK_OFFSET): it is now {} in {}",
                    offset.trim(), LocalDateTime.now(clock).withNano(0), zone);
        }
        return clock;
    }

    /** The real time, apart from the business clock a rehearsal moves: see {@link RealTime}. */
    @Bean
    @ConditionalOnMissingBean
    RealTime realTime() {
        return new RealTime(Clock.systemUTC());
    }

    @Bean
    ValidationConfigurationCustomizer validationUsesBusinessClock(ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(clock::getObject);
    }
}
