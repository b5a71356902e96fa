package org.dangjian.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/** Reads the platform's events from Kafka the way another service would, to check what was announced. */
final class Events {
    private Events() {
    }

    /** The first event of {@code type} on {@code topic} whose payload matches, waiting up to {@code timeout}. */
    static JsonNode await(String topic, String type, Predicate<JsonNode> match, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.get().kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header ceType = record.headers().lastHeader("ce_type");
                    if (ceType != null && type.equals(new String(ceType.value(), StandardCharsets.UTF_8))) {
                        JsonNode payload = Api.JSON.readTree(record.value());
                        if (match.test(payload)) {
                            return payload;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " event on " + topic + " within " + timeout);
    }
}
