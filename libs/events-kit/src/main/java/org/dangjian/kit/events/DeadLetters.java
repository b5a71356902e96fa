package org.dangjian.kit.events;

import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.dangjian.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The listener error handler: a failing record is redelivered a bounded number of times in place
 * (blocking its partition, which keeps the aggregate's order; a retry topic would break it), then
 * published to {@code <topic>.DLT} with the exception in headers, and consumption moves on.
 */
final class DeadLetters {
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, int retries, Duration interval) {
        // Same partition as the original: the DLT then keeps each aggregate's failures in order.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition())) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
                // A dead letter needs a person; the container only logs the retries at INFO.
                log.error("event {} ({}) at {}-{}@{} failed after retries, moving it to {}", Envelope.header(record, Envelope.ID),
                        Envelope.header(record, Envelope.TYPE), record.topic(), record.partition(), record.offset(),
                        Topics.deadLetter(record.topic()), exception);
                super.accept(record, consumer, exception);
            }
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(interval.toMillis(), retries));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
