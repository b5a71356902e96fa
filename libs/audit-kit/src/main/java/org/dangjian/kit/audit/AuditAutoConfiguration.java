package org.dangjian.kit.audit;

import java.time.Clock;
import org.dangjian.kit.events.KitMigrations;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service's write audit: the {@code dj_write_audit} table (kit migrations 0.70–0.79), the interceptor that
 * records each answered write, the nightly pruning past {@code dj.audit.retention}, and {@link WriteAuditRoutes}
 * for the service to mount.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

    /** AUDIT_ORG_NOT_FOUND, in Chinese and English. */
    @Bean
    ProblemBundle auditProblems() {
        return new ProblemBundle("dj-problems/audit");
    }

    @Bean
    WriteAuditLog writeAuditLog(JdbcClient jdbc, Clock clock, AuditProperties props) {
        props.check();
        return new WriteAuditLog(jdbc, clock);
    }

    @Bean
    WriteAuditPruning writeAuditPruning(WriteAuditLog audit, AuditProperties props, Clock clock) {
        return new WriteAuditPruning(audit, props, clock);
    }

    @Bean
    WebMvcConfigurer djWriteAudit(WriteAuditLog audit) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new WriteAuditInterceptor(audit));
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer auditMigrations() {
        return new KitMigrations("classpath:db/audit-kit");
    }
}
