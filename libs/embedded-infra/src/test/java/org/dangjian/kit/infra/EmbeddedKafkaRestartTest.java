package org.dangjian.kit.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaRestartTest {
    private static final String TOPIC = "dj.probe";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @Test
    void aBrokerStoppedAndStartedAgainServesTheSameTopicsOnTheSamePort() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(0)) {
            String bootstrap = kafka.bootstrapServers();
            int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            // One producer for the whole test, as a service keeps its own: it must reconnect by itself.
            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>(TOPIC, "k", "before")).get();
                try (KafkaConsumer<String, String> group = consumer(bootstrap, "dj-probe-group")) {
                    group.subscribe(List.of(TOPIC));
                    assertThat(values(pollUntil(group, 1))).containsExactly("before");
                    group.commitSync();
                }

                long stopping = System.nanoTime();
                assertThat(kafka.stopBroker()).isTrue();
                System.out.printf("[test] Kafka broker stopped in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
                assertThat(kafka.isRunning()).isFalse();
                assertThatThrownBy(() -> connect(port)).isInstanceOf(IOException.class);
                assertThat(kafka.stopBroker()).as("stopping a stopped broker does nothing").isFalse();

                long starting = System.nanoTime();
                assertThat(kafka.startBroker()).isTrue();
                System.out.printf("[test] Kafka broker started again in %d ms%n", (System.nanoTime() - starting) / 1_000_000);
                assertThat(kafka.isRunning()).isTrue();
                assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
                connect(port);
                assertThat(kafka.startBroker()).as("starting a running broker does nothing").isFalse();

                producer.send(new ProducerRecord<>(TOPIC, "k", "after")).get();
            }

            try (KafkaConsumer<String, String> fromStart = consumer(bootstrap, null)) {
                fromStart.assign(List.of(PARTITION));
                fromStart.seekToBeginning(List.of(PARTITION));
                assertThat(values(pollUntil(fromStart, 2))).containsExactly("before", "after");
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets("dj-probe-group").partitionsToOffsetAndMetadata().get();
                assertThat(committed.get(PARTITION).offset()).isEqualTo(1);
            }
            try (KafkaConsumer<String, String> group = consumer(bootstrap, "dj-probe-group")) {
                group.subscribe(List.of(TOPIC));
                assertThat(values(pollUntil(group, 1))).as("the group goes on after its committed offset")
                        .containsExactly("after");
            }
        }
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000"),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap, String group) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** Polls until {@code count} records came, for at most 60 s. */
    private static List<ConsumerRecord<String, String>> pollUntil(KafkaConsumer<String, String> consumer, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
