package org.dangjian.kit.infra;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node Kafka broker (KRaft, no ZooKeeper) from spring-kafka-test. Topics are not
 * auto-created: services declare theirs, as they must in production.
 *
 * <p>The broker can be taken down and brought back while this JVM runs ({@link #stopBroker()},
 * {@link #startBroker()}), for tests of what the services do while Kafka is away. The node is a
 * combined one (controller and broker in one); only its broker part stops, the way Kafka's own test
 * framework shuts a broker down and starts it again: its client port then refuses connections, and
 * when it starts it listens on the same port again with the same log folder, so topics, records and
 * committed consumer-group offsets are all still there and clients reconnect by themselves.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private final EmbeddedKafkaKraftBroker broker;
    private boolean running = true;

    private EmbeddedKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    public static EmbeddedKafka start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.kafkaPorts(port == 0 ? FreePort.find() : port);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0",
                // A broker started again registers only once the controller has given up its old
                // session: 9 s by default, 3 s with these (heartbeats are in-process, never lost).
                "broker.heartbeat.interval.ms", "1000",
                "broker.session.timeout.ms", "3000"));
        broker.afterPropertiesSet();
        return new EmbeddedKafka(broker);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** Whether the broker serves clients (false between {@link #stopBroker()} and {@link #startBroker()}). */
    public synchronized boolean isRunning() {
        return running;
    }

    /**
     * Shuts the broker down and returns once it is down: its port refuses connections and clients
     * see the broker gone. Its log folder and the controller's metadata stay.
     *
     * @return false when it was already stopped (nothing done)
     */
    public synchronized boolean stopBroker() {
        if (!running) {
            return false;
        }
        BrokerServer server = brokerServer();
        server.shutdown();
        server.awaitShutdown();
        running = false;
        return true;
    }

    /**
     * Starts the broker again on the same port with the same log folder and returns once it is
     * registered with the controller and every partition (the consumer offsets' too) has its leader
     * again, that is once it serves them.
     *
     * @return false when it was already running (nothing done)
     */
    public synchronized boolean startBroker() {
        if (running) {
            return false;
        }
        brokerServer().startup();
        running = true;
        awaitLeaders(Duration.ofSeconds(60));
        return true;
    }

    /** Until every partition of every topic has a leader (a single broker leads them all again). */
    private void awaitLeaders(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000"))) {
            while (true) {
                try {
                    var names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
                    boolean allLed = admin.describeTopics(names).allTopicNames().get().values().stream()
                            .flatMap(topic -> topic.partitions().stream())
                            .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
                    if (allLed) {
                        return;
                    }
                } catch (ExecutionException e) {
                    // not ready yet: ask again
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker started but its partitions have no leader after "
                            + atMost.toSeconds() + " s");
                }
                Thread.sleep(100); // between two questions to the broker, not a guess at how long it takes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }

    private BrokerServer brokerServer() {
        return broker.getCluster().brokers().values().iterator().next();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
