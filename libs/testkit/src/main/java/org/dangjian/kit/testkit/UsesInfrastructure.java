package org.dangjian.kit.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against real MariaDB, Redis and Kafka: embedded servers started once per JVM,
 * or the ones named by {@code DJ_DB_URL}, {@code DJ_REDIS_URL} and {@code DJ_KAFKA_BOOTSTRAP}. The
 * schema is created (utf8mb4) and the datasource, Redis, Kafka, crypto keys and a JWKS endpoint for
 * {@link TestTokens} are set as properties of the test's application context.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesInfrastructure {
    /**
     * The service's own schema, e.g. {@code dj_member}; by default the one its {@code spring.datasource.url}
     * names (a service's application.yml does), so that a shared base class can carry this annotation.
     */
    String schema() default "";
}
