package org.dangjian.kit.roster;

import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.events.EventsAutoConfiguration;
import org.dangjian.kit.events.KitMigrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives a service {@link MemberRoster}, its listener on {@code dj.member.v1} and the {@code member_ref}
 * table. A service that created the table in its own migrations before this kit existed sets
 * {@code dj.member-roster.kit-migrations=false} (transfer-service) and must repeat each later kit migration in its
 * own (V0_31 as its V20, V0_32 as its V21): the kit's {@link MemberRoster} writes every column.
 */
@AutoConfiguration(after = EventsAutoConfiguration.class)
public class MemberRosterAutoConfiguration {
    static final String CONSUMER_SUFFIX = ".member-roster";

    @Bean
    MemberRoster memberRoster(JdbcClient jdbc, ObjectProvider<RosterFollower> followers) {
        return new MemberRoster(jdbc, followers);
    }

    @Bean
    MemberEventsListener memberRosterListener(EventInbox inbox, MemberRoster roster, Environment env) {
        return new MemberEventsListener(inbox, roster,
                env.getRequiredProperty("spring.application.name") + CONSUMER_SUFFIX);
    }

    @Bean
    @ConditionalOnProperty(name = "dj.member-roster.kit-migrations", havingValue = "true", matchIfMissing = true)
    FlywayConfigurationCustomizer memberRosterMigrations() {
        return new KitMigrations("classpath:db/member-roster-kit");
    }
}
