package org.dangjian.kit.events;

import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.dangjian.contracts.Topics;
import org.dangjian.kit.failure.InfrastructureFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The listener error handler. A record whose handling failed because the database, Redis or the network was
 * away ({@link InfrastructureFailures}) is redelivered in place with a growing pause, for as long as it takes:
 * it is not the event's fault, and giving up would leave this service's copy of another service's data
 * behind. A record that fails on its own (a poison message) is redelivered a bounded number of times, then
 * recorded in the service's {@link DeadLetterBook} and published to {@code <topic>.DLT} with the exception in
 * headers, and consumption moves on. Both wait in place, blocking the partition: that keeps each aggregate's
 * order (a retry topic would break it).
 */
final class DeadLetters {
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, DeadLetterBook book, int retries,
                                            Duration interval, Duration infrastructureMaxInterval) {
        // Same partition as the original: the DLT then keeps each aggregate's failures in order.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition())) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
                // A dead letter needs a person; the container only logs the retries at INFO.
                log.error("event {} ({}) at {}-{}@{} failed after retries, moving it to {}", Envelope.header(record, Envelope.ID),
                        Envelope.header(record, Envelope.TYPE), record.topic(), record.partition(), record.offset(),
                        Topics.deadLetter(record.topic()), exception);
                // First the row operators replay from: if it cannot be written, the record is retried, not lost.
                book.record(record, consumer.groupMetadata().groupId(), exception);
                super.accept(record, consumer, exception);
            }
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(interval.toMillis(), retries));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setBackOffFunction((record, exception) -> InfrastructureFailures.isInfrastructure(exception, MalformedEventException.class)
                ? untilItIsBack(interval, infrastructureMaxInterval) : null);
        // A record that failed on the database and then fails on its own content starts counting its retries
        // afresh, so it still reaches the dead letters.
        handler.setResetStateOnExceptionChange(true);
        return handler;
    }

    // No limit on attempts or time; the pause doubles up to the maximum, which stays well below
    // max.poll.interval.ms (5 minutes) so the consumer keeps its partitions while it waits.
    private static BackOff untilItIsBack(Duration first, Duration max) {
        ExponentialBackOff backOff = new ExponentialBackOff(Math.max(first.toMillis(), 1), 2.0);
        backOff.setMaxInterval(Math.max(max.toMillis(), first.toMillis()));
        return backOff;
    }
}
