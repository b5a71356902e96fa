package org.dangjian.kit.events;

import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
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

    static KafkaAdmin.NewTopics declarations(EventsProperties props) {
        return new KafkaAdmin.NewTopics(all(props).toArray(NewTopic[]::new));
    }

    /**
     * Each topic with the partitions, replication factor, {@code min.insync.replicas} and retention the settings give;
     * a dead-letter topic keeps its records longer, for operators to look into and replay.
     */
    static List<NewTopic> all(EventsProperties props) {
        if (props.getMinInsyncReplicas() > props.getReplicas()) {
            throw new IllegalStateException("dj.events.min-insync-replicas (" + props.getMinInsyncReplicas()
                    + ") exceeds dj.events.replicas (" + props.getReplicas() + "): no write could ever be acknowledged");
        }
        return Topics.ALL.stream()
                .flatMap(topic -> Stream.of(declare(topic, props, props.getTopicRetention()),
                        declare(Topics.deadLetter(topic), props, props.getDeadLetterRetention())))
                .toList();
    }

    private static NewTopic declare(String name, EventsProperties props, java.time.Duration retention) {
        return TopicBuilder.name(name)
                .partitions(props.getPartitions())
                .replicas(props.getReplicas())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(props.getMinInsyncReplicas()))
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()))
                .build();
    }
}
