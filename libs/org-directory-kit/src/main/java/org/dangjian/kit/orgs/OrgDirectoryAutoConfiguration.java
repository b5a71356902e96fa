package org.dangjian.kit.orgs;

import java.util.List;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.events.EventsAutoConfiguration;
import org.dangjian.kit.events.KitMigrations;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives a service {@link OrgDirectory}, its listener on {@code dj.org.v1} and the {@code org_ref} table.
 * A service that created the table in its own migrations before this kit existed sets
 * {@code dj.org-directory.kit-migrations=false}.
 */
@AutoConfiguration(after = EventsAutoConfiguration.class)
public class OrgDirectoryAutoConfiguration {
    /** ORG_NOT_FOUND and the reason a subtree is refused, in Chinese and English. */
    @Bean
    ProblemBundle orgDirectoryProblems() {
        return new ProblemBundle("dj-problems/orgs");
    }

    static final String CONSUMER_SUFFIX = ".org-directory";

    @Bean
    OrgDirectory orgDirectory(JdbcClient jdbc, ObjectProvider<OrgPathFollower> followers) {
        List<OrgPathFollower> all = followers.orderedStream().toList();
        return new OrgDirectory(jdbc, all);
    }

    @Bean
    OrgEventsListener orgEventsListener(EventInbox inbox, OrgDirectory directory, Environment env) {
        return new OrgEventsListener(inbox, directory, env.getRequiredProperty("spring.application.name") + CONSUMER_SUFFIX);
    }

    @Bean
    @ConditionalOnProperty(name = "dj.org-directory.kit-migrations", havingValue = "true", matchIfMissing = true)
    FlywayConfigurationCustomizer orgDirectoryMigrations() {
        return new KitMigrations("classpath:db/org-directory-kit");
    }
}
