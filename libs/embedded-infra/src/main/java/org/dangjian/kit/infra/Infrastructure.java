package org.dangjian.kit.infra;

import java.nio.file.Path;

/**
 * Where the database, Redis and Kafka are: either servers given by the environment
 * ({@code DJ_DB_URL}, {@code DJ_DB_USER}, {@code DJ_DB_PASSWORD}, {@code DJ_REDIS_URL},
 * {@code DJ_KAFKA_BOOTSTRAP}) or embedded ones started here. Each part is chosen on its own, so a
 * machine with only MariaDB installed still gets an embedded Redis and Kafka.
 */
public record Infrastructure(String dbServerUrl, String dbUser, String dbPassword, String redisUrl,
                             String kafkaBootstrap, AutoCloseable resources) implements AutoCloseable {

    public static Infrastructure startOrConnect(Path home) {
        return startOrConnect(home, System.getenv());
    }

    static Infrastructure startOrConnect(Path home, java.util.Map<String, String> env) {
        var closers = new java.util.ArrayList<AutoCloseable>();
        String dbUrl = env.get("DJ_DB_URL");
        String dbUser = env.getOrDefault("DJ_DB_USER", EmbeddedMariaDb.USER);
        String dbPassword = env.getOrDefault("DJ_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        if (dbUrl == null || dbUrl.isBlank()) {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(home == null ? null : home.resolve("mariadb"), 0);
            closers.add(db);
            dbUrl = db.serverUrl();
            dbUser = EmbeddedMariaDb.USER;
            dbPassword = EmbeddedMariaDb.PASSWORD;
        }
        String redisUrl = env.get("DJ_REDIS_URL");
        if (redisUrl == null || redisUrl.isBlank()) {
            EmbeddedRedis redis = EmbeddedRedis.start(home == null ? null : home.resolve("redis"), 0);
            closers.add(redis);
            redisUrl = redis.url();
        }
        String kafka = env.get("DJ_KAFKA_BOOTSTRAP");
        if (kafka == null || kafka.isBlank()) {
            EmbeddedKafka broker = EmbeddedKafka.start(0);
            closers.add(broker);
            kafka = broker.bootstrapServers();
        }
        AutoCloseable all = () -> {
            for (int i = closers.size() - 1; i >= 0; i--) {
                try {
                    closers.get(i).close();
                } catch (Exception ignored) {
                    // keep stopping the others
                }
            }
        };
        return new Infrastructure(dbUrl, dbUser, dbPassword, redisUrl, kafka, all);
    }

    public void createSchema(String schema) {
        Schemas.create(dbServerUrl, dbUser, dbPassword, schema);
    }

    public String jdbcUrl(String schema) {
        return JdbcUrls.forSchema(dbServerUrl, schema);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
