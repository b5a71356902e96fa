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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.dangjian.kit.crypto.EventSeal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the platform's events from Kafka the way another service would, to check what was announced. */
final class Events {
    private Events() {
    }

    /**
     * Publishes an event as another service's outbox would (CloudEvents binary mode: {@code ce_*}
     * headers, JSON payload, the aggregate id as key), for services whose producer does not exist yet.
     */
    static void publish(String topic, String key, String type, Object payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, Api.JSON.writeValueAsString(payload));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/e2e");
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", key);
        header(record, "content-type", "application/json");
        send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Every event of {@code type} on {@code topic} whose payload matches, read for {@code window}. */
    static List<JsonNode> collect(String topic, String type, Predicate<JsonNode> match, Duration window) {
        List<JsonNode> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            Instant deadline = Instant.now().plus(window);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode payload = payloadOf(record, type);
                    if (payload != null && match.test(payload)) {
                        found.add(payload);
                    }
                }
            }
        }
        return found;
    }

    /** The first event of {@code type} on {@code topic} whose payload matches, waiting up to {@code timeout}. */
    static JsonNode await(String topic, String type, Predicate<JsonNode> match, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode payload = payloadOf(record, type);
                    if (payload != null && match.test(payload)) {
                        return payload;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " event on " + topic + " within " + timeout);
    }

    /** The fields events carry sealed with the field keys. */
    private static final List<String> SEALED = List.of("phone", "code", "openId", "idNumber");

    /**
     * The first event of {@code type} on {@code topic} whose payload, its sealed fields opened as notify-service
     * opens them, matches; returned opened.
     */
    static JsonNode awaitOpened(String topic, String type, Predicate<JsonNode> match, Duration timeout) {
        EventSeal seal = Platform.get().seal();
        JsonNode[] opened = new JsonNode[1];
        await(topic, type, e -> {
            ObjectNode copy = (ObjectNode) e.deepCopy();
            SEALED.stream().filter(f -> e.path(f).isString()).forEach(f -> copy.put(f, seal.open(e.get(f).asString())));
            opened[0] = copy;
            return match.test(copy);
        }, timeout);
        return opened[0];
    }

    /**
     * Sends the first matching event again exactly as it was (same CloudEvents id, headers, key and
     * payload), as Kafka's at-least-once delivery or a relay crash before marking it sent would.
     */
    static void redeliver(String topic, String type, Predicate<JsonNode> match, Duration timeout) {
        ProducerRecord<String, String> copy = null;
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            Instant deadline = Instant.now().plus(timeout);
            while (copy == null && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode payload = payloadOf(record, type);
                    if (copy == null && payload != null && match.test(payload)) {
                        copy = new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
                    }
                }
            }
        }
        if (copy == null) {
            throw new AssertionError("no " + type + " event on " + topic + " within " + timeout);
        }
        send(copy);
    }

    private static void send(ProducerRecord<String, String> record) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.get().kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(record).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A consumer of its own group, reading the topic from the beginning. */
    private static KafkaConsumer<String, String> consumer(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.get().kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static JsonNode payloadOf(ConsumerRecord<String, String> record, String type) {
        Header ceType = record.headers().lastHeader("ce_type");
        if (ceType == null || !type.equals(new String(ceType.value(), StandardCharsets.UTF_8))) {
            return null;
        }
        return Api.JSON.readTree(record.value());
    }
}
