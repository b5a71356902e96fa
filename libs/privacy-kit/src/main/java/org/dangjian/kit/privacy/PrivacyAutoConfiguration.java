package org.dangjian.kit.privacy;

import java.time.Clock;
import org.dangjian.kit.events.KitMigrations;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives a service that keeps ID or phone numbers the {@link UnmaskRight} and the {@link SensitiveReadAudit},
 * and the {@code sensitive_read_audit} table (kit migrations 0.50–0.59). A service whose own migrations created
 * the table before this kit existed sets {@code dj.privacy.kit-migrations=false}.
 */
@AutoConfiguration
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyAutoConfiguration {

    /** UNMASK_REASON_REQUIRED, in Chinese and English. */
    @Bean
    ProblemBundle privacyProblems() {
        return new ProblemBundle("dj-problems/privacy");
    }

    @Bean
    UnmaskRight unmaskRight(PrivacyProperties properties) {
        return new UnmaskRight(properties);
    }

    @Bean
    SensitiveReadAudit sensitiveReadAudit(JdbcTemplate batches, JdbcClient jdbc, Clock clock) {
        return new SensitiveReadAudit(batches, jdbc, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "dj.privacy.kit-migrations", havingValue = "true", matchIfMissing = true)
    FlywayConfigurationCustomizer privacyMigrations() {
        return new KitMigrations("classpath:db/privacy-kit");
    }
}
