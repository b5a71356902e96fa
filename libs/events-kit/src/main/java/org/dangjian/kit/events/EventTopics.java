package org.dangjian.kit.events;

import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.dangjian.contracts.Topics;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every service declares every topic and its DLT: the broker does not auto-create topics, and a
 * service must be able to publish and consume whichever service happens to start first.
 */
final class EventTopics {
    private EventTopics() {
    }

    static KafkaAdmin.NewTopics declarations(int partitions, short replicas) {
        return new KafkaAdmin.NewTopics(all(partitions, replicas).toArray(NewTopic[]::new));
    }

    static List<NewTopic> all(int partitions, short replicas) {
        return Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build())
                .toList();
    }
}
