package org.dangjian.kit.infra;

import java.nio.file.Path;

/**
 * Where the database, Redis and Kafka are: either servers given by the environment
 * ({@code DJ_DB_URL}, {@code DJ_DB_USER}, {@code DJ_DB_PASSWORD}, {@code DJ_REDIS_URL},
 * {@code DJ_KAFKA_BOOTSTRAP}) or embedded ones started here. Each part is chosen on its own, so a
 * machine with only MariaDB installed still gets an embedded Redis and Kafka.
 *
 * <p>The embedded MariaDB and Kafka can be stopped and started again on the same port with the same
 * data ({@link #stopDb()}, {@link #startDb()}, {@link #stopKafka()}, {@link #startKafka()}), for the
 * reliability tests of a database restart and of a broker outage. Servers given by the environment
 * are not this process's to stop: asking throws {@link NotEmbeddedException}.
 *
 * @param embeddedDb    the MariaDB started here, or null when {@code DJ_DB_URL} names one
 * @param embeddedKafka the Kafka started here, or null when {@code DJ_KAFKA_BOOTSTRAP} names one
 */
public record Infrastructure(String dbServerUrl, String dbUser, String dbPassword, String redisUrl,
                             String kafkaBootstrap, AutoCloseable resources,
                             EmbeddedMariaDb embeddedDb, EmbeddedKafka embeddedKafka) implements AutoCloseable {

    /** Servers that are all someone else's (or fakes in a test): nothing here can be stopped. */
    public Infrastructure(String dbServerUrl, String dbUser, String dbPassword, String redisUrl,
                          String kafkaBootstrap, AutoCloseable resources) {
        this(dbServerUrl, dbUser, dbPassword, redisUrl, kafkaBootstrap, resources, null, null);
    }

    public static Infrastructure startOrConnect(Path home) {
        return startOrConnect(home, System.getenv());
    }

    static Infrastructure startOrConnect(Path home, java.util.Map<String, String> env) {
        var closers = new java.util.ArrayList<AutoCloseable>();
        EmbeddedMariaDb embeddedDb = null;
        EmbeddedKafka embeddedKafka = null;
        String dbUrl = env.get("DJ_DB_URL");
        String dbUser = env.getOrDefault("DJ_DB_USER", EmbeddedMariaDb.USER);
        String dbPassword = env.getOrDefault("DJ_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        if (dbUrl == null || dbUrl.isBlank()) {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(home == null ? null : home.resolve("mariadb"), 0);
            closers.add(db);
            embeddedDb = db;
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
            embeddedKafka = broker;
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
        return new Infrastructure(dbUrl, dbUser, dbPassword, redisUrl, kafka, all, embeddedDb, embeddedKafka);
    }

    /**
     * Stops the embedded Kafka broker; returns once its port refuses connections.
     *
     * @return false when it was already stopped
     * @throws NotEmbeddedException when Kafka is given by {@code DJ_KAFKA_BOOTSTRAP}
     */
    public boolean stopKafka() {
        return kafka().stopBroker();
    }

    /**
     * Starts the embedded Kafka broker again on the same port with its topics, records and committed
     * offsets; returns once it serves them.
     *
     * @return false when it was already running
     * @throws NotEmbeddedException when Kafka is given by {@code DJ_KAFKA_BOOTSTRAP}
     */
    public boolean startKafka() {
        return kafka().startBroker();
    }

    /**
     * Stops the embedded MariaDB; returns once the server process has exited.
     *
     * @return false when it was already stopped
     * @throws NotEmbeddedException when the database is given by {@code DJ_DB_URL}
     */
    public boolean stopDb() {
        return db().stopServer();
    }

    /**
     * Starts the embedded MariaDB again on the same port with the same data; returns once it takes
     * connections.
     *
     * @return false when it was already running
     * @throws NotEmbeddedException when the database is given by {@code DJ_DB_URL}
     */
    public boolean startDb() {
        return db().startServer();
    }

    private EmbeddedKafka kafka() {
        if (embeddedKafka == null) {
            throw new NotEmbeddedException("Kafka is external (" + kafkaBootstrap
                    + ", given by DJ_KAFKA_BOOTSTRAP): only an embedded broker can be stopped and started here");
        }
        return embeddedKafka;
    }

    private EmbeddedMariaDb db() {
        if (embeddedDb == null) {
            throw new NotEmbeddedException("the database is external (" + dbServerUrl
                    + ", given by DJ_DB_URL): only an embedded MariaDB can be stopped and started here");
        }
        return embeddedDb;
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
