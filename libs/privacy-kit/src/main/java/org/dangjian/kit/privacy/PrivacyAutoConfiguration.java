package org.dangjian.kit.privacy;

import java.time.Clock;
import java.time.Period;
import java.util.List;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.events.KitMigrations;
import org.dangjian.kit.privacy.reencryption.EncryptedTable;
import org.dangjian.kit.privacy.reencryption.Reencryption;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.kit.privacy.retention.RetentionProperties;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.dangjian.kit.privacy.retention.OldRowsErased;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a service that keeps ID or phone numbers the {@link UnmaskRight} and the {@link SensitiveReadAudit},
 * the {@link Reencryption} of its {@link EncryptedTable}s (routes: {@code EncryptionRoutes}), and the
 * {@link Retention} of its kinds of personal data ({@link RetentionRule}s; routes: {@code RetentionRoutes}), and the
 * {@code sensitive_read_audit} (kit migrations 0.50–0.54), {@code dj_reencryption} and {@code dj_retention_run}
 * (0.55–0.59, always) tables. A service whose own migrations created
 * the table before this kit existed sets {@code dj.privacy.kit-migrations=false}.
 */
@AutoConfiguration
@EnableConfigurationProperties({PrivacyProperties.class, RetentionProperties.class})
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

    /** The service's tables with encrypted columns ({@link EncryptedTable} beans), moved to the active key. */
    @Bean
    Reencryption reencryption(List<EncryptedTable> tables, FieldCipher cipher, JdbcClient jdbc, JdbcTemplate batches,
                              TransactionTemplate tx, Clock clock) {
        return new Reencryption(tables, cipher, jdbc, batches, tx, clock);
    }

    /** The record of reads of clear ID and phone numbers: 3 years by default, never under 6 months (an audit). */
    @Bean
    RetentionRule sensitiveReadRetention(JdbcClient jdbc) {
        return new OldRowsErased(jdbc, "SENSITIVE_READ_AUDIT", "敏感信息查看记录", Period.ofYears(3), Period.ofMonths(6),
                "sensitive_read_audit", "at");
    }

    /** The service's kinds of personal data kept for a period ({@link RetentionRule} beans), erased each night. */
    @Bean
    Retention retention(List<RetentionRule> rules, RetentionProperties props, JdbcClient jdbc, Clock clock) {
        return new Retention(rules, props, jdbc, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "dj.privacy.kit-migrations", havingValue = "true", matchIfMissing = true)
    FlywayConfigurationCustomizer privacyMigrations() {
        return new KitMigrations("classpath:db/privacy-kit");
    }

    /** Apart from the audit's: services that made that table themselves (kit-migrations=false) still need this one. */
    @Bean
    FlywayConfigurationCustomizer reencryptionMigrations() {
        return new KitMigrations("classpath:db/privacy-kit-lifecycle");
    }
}
