package org.dangjian.kit.web.devmode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@link DevelopmentMode} bean, off unless {@code dj.dev-mode=true}. */
@AutoConfiguration
public class DevelopmentModeAutoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DevelopmentModeAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    DevelopmentMode developmentMode(@Value("${" + DevelopmentMode.PROPERTY + ":false}") boolean on) {
        if (on) {
            // said once at start-up, so that a log read later shows the process was never a production one
            log.warn("development mode (DJ_DEV_MODE=true): development-only settings are allowed; never on a real deployment");
        }
        return new DevelopmentMode(on);
    }
}
