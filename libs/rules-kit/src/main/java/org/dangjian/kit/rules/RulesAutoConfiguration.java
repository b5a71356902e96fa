package org.dangjian.kit.rules;

import java.time.Clock;
import org.dangjian.kit.events.KitMigrations;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a service the {@link RuleBook} of its rule sets, the {@link RuleSetChanges} its routes
 * ({@link RuleSetRoutes}) call, and the {@code rule_set} table. A service that created the table in its own
 * migrations before this kit existed (or adds the kit to a schema already past version 0.40) sets
 * {@code dj.rules.kit-migrations=false} and creates it in a migration of its own.
 */
@AutoConfiguration
public class RulesAutoConfiguration {

    /** RULE_SET_NOT_FOUND and the refusals of a change, in Chinese and English. */
    @Bean
    ProblemBundle rulesProblems() {
        return new ProblemBundle("dj-problems/rules");
    }

    @Bean
    RuleBook ruleBook(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new RuleBook(jdbc, json, clock);
    }

    @Bean
    RuleSetChanges ruleSetChanges(ObjectProvider<RuleDefinition<?>> definitions, RuleBook book, JsonMapper json,
                                  Clock clock) {
        return new RuleSetChanges(definitions.orderedStream().toList(), book, json, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "dj.rules.kit-migrations", havingValue = "true", matchIfMissing = true)
    FlywayConfigurationCustomizer rulesMigrations() {
        return new KitMigrations("classpath:db/rules-kit");
    }
}
