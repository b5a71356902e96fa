package org.dangjian.kit.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.dangjian.kit.events.KitMigrations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of a service, each run by one replica at a time: every replica schedules the job and
 * ShedLock lets the one that takes the lock row ({@code shedlock} table) run it. A job names its lock
 * with {@code @SchedulerLock(name = ..., lockAtMostFor = ...)}. A service that created the table in
 * its own migrations before this kit existed sets {@code dj.jobs.kit-migrations=false}.
 */
@AutoConfiguration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class JobsAutoConfiguration {

    /** The database's clock decides when a lock expires, so replicas' clocks need not agree. */
    @Bean
    LockProvider djLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    @ConditionalOnProperty(name = "dj.jobs.kit-migrations", havingValue = "true", matchIfMissing = true)
    FlywayConfigurationCustomizer jobsMigrations() {
        return new KitMigrations("classpath:db/jobs-kit");
    }
}
