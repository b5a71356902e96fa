package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.dangjian.contracts.Topics;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/** The settings the kit applies to Flyway, Kafka clients and topics, checked without a running server. */
class WiringTest {

    @Test
    void kitMigrationsAreAddedOnceNextToTheServicesOwnLocations() {
        FluentConfiguration flyway = new FluentConfiguration().locations("classpath:db/migration", "classpath:db/extra");
        new KitMigrations().customize(flyway);
        new KitMigrations().customize(flyway);

        assertThat(Arrays.stream(flyway.getLocations()).map(Location::getDescriptor))
                .containsExactlyInAnyOrder("classpath:db/migration", "classpath:db/extra", "classpath:db/events-kit");
    }

    @Test
    void kitMigrationsAreVersionedBeforeAnyServiceV1() throws Exception {
        assertThat(new PathMatchingResourcePatternResolver().getResources("classpath:db/events-kit/*.sql"))
                .extracting(r -> r.getFilename())
                .containsExactlyInAnyOrder("V0_1__dj_outbox.sql", "V0_2__dj_inbox.sql", "V0_3__dj_outbox_parked.sql",
                        "V0_4__dj_dead_letter.sql");
    }

    @Test
    void theKitsProducerIsIdempotentWithShortTimeoutsAndKeepsTheConnectionSettings() {
        Map<String, Object> app = new HashMap<>();
        app.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092");
        app.put("security.protocol", "SSL");
        app.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-1");
        app.put(ProducerConfig.ACKS_CONFIG, "1");

        Map<String, Object> settings = EventSender.settings(app, Duration.ofSeconds(5));

        assertThat(settings).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092")
                .containsEntry("security.protocol", "SSL")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000)
                .doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    @Test
    void consumersDefaultToStringsTheServiceNameAndEarliestButKeepWhatTheServiceSet() {
        DefaultKafkaConsumerFactory<?, ?> plain = new DefaultKafkaConsumerFactory<>(new HashMap<>());
        new ConsumerDefaults("member-service").customize(plain);
        assertThat(plain.getConfigurationProperties())
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "member-service")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsKeys(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);

        DefaultKafkaConsumerFactory<?, ?> tuned = new DefaultKafkaConsumerFactory<>(new HashMap<>(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "explicit", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest")));
        new ConsumerDefaults("member-service").customize(tuned);
        assertThat(tuned.getConfigurationProperties())
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "explicit")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsDeclared() {
        List<NewTopic> declared = EventTopics.all(new EventsProperties());
        assertThat(declared).extracting(NewTopic::name)
                .hasSize(Topics.ALL.size() * 2)
                .contains("dj.org.v1", "dj.org.v1.DLT", "dj.cadre.v1", "dj.cadre.v1.DLT");
        assertThat(declared).allSatisfy(t -> {
            assertThat(t.numPartitions()).isEqualTo(3);
            assertThat(t.replicationFactor()).isEqualTo((short) 1);
        });
    }

    @Test
    void replicationAndRetentionOfTheTopicsAreSettings() {
        EventsProperties production = new EventsProperties();
        production.setReplicas((short) 3);
        production.setMinInsyncReplicas(2);
        production.setTopicRetention(java.time.Duration.ofDays(3));
        List<NewTopic> declared = EventTopics.all(production);

        NewTopic orgTopic = declared.stream().filter(t -> t.name().equals("dj.org.v1")).findFirst().orElseThrow();
        assertThat(orgTopic.replicationFactor()).isEqualTo((short) 3);
        assertThat(orgTopic.configs()).containsEntry("min.insync.replicas", "2").containsEntry("retention.ms", "259200000");
        NewTopic deadLetters = declared.stream().filter(t -> t.name().equals("dj.org.v1.DLT")).findFirst().orElseThrow();
        assertThat(deadLetters.configs()).containsEntry("retention.ms", Long.toString(30L * 24 * 3600 * 1000));

        production.setMinInsyncReplicas(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventTopics.all(production))
                .hasMessageContaining("min-insync-replicas");
    }
}
