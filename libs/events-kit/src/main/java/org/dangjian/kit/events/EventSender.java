package org.dangjian.kit.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

/**
 * The kit's own producer. It starts from the application's producer configuration (bootstrap
 * servers, TLS, SASL) but forces what the outbox relies on: String JSON values, an idempotent
 * producer with {@code acks=all} so a retried send is neither lost nor duplicated by the broker, and
 * short timeouts so a down broker fails a send in seconds. It is not a {@code KafkaTemplate} bean, so
 * Boot's own template and producer factory stay as the application configured them.
 */
final class EventSender implements AutoCloseable {
    private final DefaultKafkaProducerFactory<String, String> factory;
    private final KafkaTemplate<String, String> template;
    private final long ackWaitMillis;

    EventSender(Map<String, Object> applicationProducerConfig, Duration sendTimeout) {
        this.factory = new DefaultKafkaProducerFactory<>(settings(applicationProducerConfig, sendTimeout),
                new StringSerializer(), new StringSerializer());
        this.template = new KafkaTemplate<>(factory);
        // The default listener logs every failed send with its payload at ERROR, once per poll while
        // Kafka is down; the relay logs failures itself, once per outage and without the payload.
        this.template.setProducerListener(new ProducerListener<>() {
        });
        // send() may block up to max.block.ms, then the ack takes at most delivery.timeout.ms.
        this.ackWaitMillis = sendTimeout.toMillis() + 1_000;
    }

    static Map<String, Object> settings(Map<String, Object> applicationProducerConfig, Duration sendTimeout) {
        Map<String, Object> config = new HashMap<>(applicationProducerConfig);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        int timeout = Math.toIntExact(sendTimeout.toMillis());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        // Events go one at a time with a wait for each ack, so lingering only adds latency; with
        // linger 0 the client accepts delivery.timeout.ms == request.timeout.ms.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        return config;
    }

    /** How a batch went: the first {@code acked} records were acknowledged; then {@code failure}, if any. */
    record BatchOutcome(int acked, Exception failure) {
    }

    /**
     * Sends every record at once, then waits for the acks in order: one round trip's wait for a batch
     * instead of one per record. Stops at the first failure; records after it may have been written too
     * and are sent again later (consumers are idempotent). The producer is idempotent, so a key's records
     * keep their order in their partition.
     */
    BatchOutcome sendAll(List<ProducerRecord<String, String>> records) {
        List<CompletableFuture<?>> acks = new ArrayList<>(records.size());
        Exception refused = null;
        for (ProducerRecord<String, String> record : records) {
            try {
                acks.add(template.send(record));
            } catch (RuntimeException e) {
                refused = e;
                break;
            }
        }
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(ackWaitMillis, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                return new BatchOutcome(i, e.getCause() instanceof Exception cause ? cause : e);
            } catch (TimeoutException e) {
                return new BatchOutcome(i, new TimeoutException("no ack from Kafka for " + records.get(i).topic()
                        + " within " + ackWaitMillis + " ms"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new BatchOutcome(i, e);
            }
        }
        return new BatchOutcome(acks.size(), refused);
    }

    KafkaTemplate<String, String> template() {
        return template;
    }

    @Override
    public void close() {
        factory.destroy();
    }
}
