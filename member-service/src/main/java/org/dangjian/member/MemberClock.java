package org.dangjian.member;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for ages and political birthdays is the date in China, whatever zone the server runs in.
 * A bean, so that tests can fix the date.
 */
@Configuration(proxyBeanMethods = false)
class MemberClock {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(CHINA);
    }
}
