package org.dangjian.deploy.launcher.plan;

/** The four kinds of process the launcher runs; each is planned and watched its own way. */
public enum Kind {
    /** MariaDB, Redis and Kafka in one JVM (deploy/local-infra). */
    INFRA,
    /** Eureka. */
    REGISTRY,
    /** The only process on a fixed port. */
    GATEWAY,
    /** A described service. */
    SERVICE
}
