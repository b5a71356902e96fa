package org.dangjian.notify;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The business clock and the SMS gateway, under the tests' control. */
@TestConfiguration(proxyBeanMethods = false)
public class NotifyTestDoubles {
    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }

    @Bean
    FlakyProvider flakyProvider() {
        return new FlakyProvider();
    }
}
