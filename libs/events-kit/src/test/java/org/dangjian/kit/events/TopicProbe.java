package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, as an outside consumer would, until what a test waits for arrives. */
final class TopicProbe implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private final KafkaConsumer<String, String> consumer;
    private final String topic;

    TopicProbe(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, DEADLINE).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The first record matching {@code match}; fails the test if none arrives before the deadline. */
    ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> found = collectUntil(match, match);
        return found.get(found.size() - 1);
    }

    /** Every record matching {@code keep}, in offset order, up to and including the first matching {@code last}. */
    List<ConsumerRecord<String, String>> collectUntil(Predicate<ConsumerRecord<String, String>> keep,
                                                      Predicate<ConsumerRecord<String, String>> last) {
        List<ConsumerRecord<String, String>> kept = new ArrayList<>();
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (keep.test(record)) {
                    kept.add(record);
                }
                if (last.test(record)) {
                    return kept;
                }
            }
        }
        return fail("nothing expected arrived on " + topic + " within " + DEADLINE + "; kept " + kept);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
