package org.dangjian.kit.events;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * Defaults for Boot's consumer factory, each applied only where the service set nothing itself:
 * String key and value (the inbox reads {@code ConsumerRecord<String, String>}), the service's name
 * as group id (all instances of a service share the work), and {@code earliest} so a new group reads
 * the events published before it first started instead of silently skipping them.
 */
final class ConsumerDefaults implements DefaultKafkaConsumerFactoryCustomizer {
    private final String groupId;

    ConsumerDefaults(String groupId) {
        this.groupId = groupId;
    }

    @Override
    public void customize(DefaultKafkaConsumerFactory<?, ?> factory) {
        Map<String, Object> current = factory.getConfigurationProperties();
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        defaults.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        defaults.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (groupId != null && !groupId.isBlank()) {
            defaults.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        defaults.keySet().removeAll(current.keySet());
        if (!defaults.isEmpty()) {
            factory.updateConfigs(defaults);
        }
    }
}
