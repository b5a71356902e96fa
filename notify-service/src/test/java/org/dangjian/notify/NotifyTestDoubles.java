package org.dangjian.notify;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The business clock and the SMS gateway under the tests' control, the stubs of WeChat and of the
 * neighbouring services where the service looks for them, and the announcer of recipients.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NotifyTestDoubles {
    @Bean
    @Primary
    SettableClock settableClock(@Value("${dj.time-zone}") ZoneId zone) {
        return new SettableClock(zone);
    }

    @Bean
    FlakyProvider flakyProvider() {
        return new FlakyProvider();
    }

    @Bean
    Recipients recipients() {
        return new Recipients();
    }

    /**
     * WeChat's API and org- and member-service: HTTP stubs, one per test JVM, set in the environment
     * before the configuration is read (WeChat's sender is configured only when it is enabled).
     */
    static final class StubAddresses implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new HashMap<>();
            DynamicPropertyRegistry registry = (name, value) -> properties.put(name, value.get());
            WechatStub.register(registry);
            NeighbourStubs.register(registry);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stubs", properties));
        }
    }
}
