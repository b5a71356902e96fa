package org.dangjian.transfer.migration;

import org.dangjian.transfer.workflow.TransferProperties;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Java migrations Spring Boot hands to Flyway beside the SQL ones of {@code db/migration}. */
@Configuration(proxyBeanMethods = false)
class MigrationConfig {
    @Bean
    JavaMigration codedReasonsAndPlaces(TransferProperties properties) {
        return new CodedReasonsAndPlaces(properties.cityRegion());
    }
}
