package org.dangjian.kit.events;

import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.annotation.KafkaListener;

/** A service that uses the kit: nothing but Boot's auto-configuration and two listeners. */
@SpringBootApplication
public class EventsTestApplication {

    @Bean
    CadreListener cadreListener(EventInbox inbox) {
        return new CadreListener(inbox);
    }

    @Bean
    CadreArchive cadreArchive(EventInbox inbox) {
        return new CadreArchive(inbox);
    }

    @Bean
    Observed observed() {
        return new Observed();
    }

    /** An inbox observer noting each event it is told of and whether a transaction was open then. */
    static class Observed implements InboxObserver {
        final Map<String, String> inTransactionByEvent = new ConcurrentHashMap<>();

        @Override
        public void handled(String consumer, InboundEvent event) {
            inTransactionByEvent.merge(event.id(), consumer + ":" + org.springframework.transaction.support
                    .TransactionSynchronizationManager.isActualTransactionActive(), (a, b) -> a + "," + b);
        }
    }

    /**
     * Its handler fails for every cadre unless a test says otherwise: a cadre {@link #repaired} is handled; a
     * cadre with {@link #databaseAwayFor} attempts left fails as if the database were away, then is handled.
     */
    static class CadreListener {
        final Map<String, AtomicInteger> attemptsBySubject = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> handledBySubject = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> databaseAwayFor = new ConcurrentHashMap<>();
        final Set<String> repaired = ConcurrentHashMap.newKeySet();
        private final EventInbox inbox;

        CadreListener(EventInbox inbox) {
            this.inbox = inbox;
        }

        @KafkaListener(topics = Topics.CADRE)
        void on(ConsumerRecord<String, String> record) {
            inbox.receive("events-kit-test.cadre", record, event -> {
                attemptsBySubject.computeIfAbsent(event.subject(), s -> new AtomicInteger()).incrementAndGet();
                AtomicInteger away = databaseAwayFor.get(event.subject());
                if (away != null && away.getAndDecrement() > 0) {
                    throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                            new SQLTransientConnectionException("dj - Connection is not available"));
                }
                if (away == null && !repaired.contains(event.subject())) {
                    throw new IllegalStateException("cannot appoint cadre " + event.subject());
                }
                handledBySubject.computeIfAbsent(event.subject(), s -> new AtomicInteger()).incrementAndGet();
            });
        }
    }

    /** Another service's consumer of the same topic (its own group), whose handler always works. */
    static class CadreArchive {
        final Map<String, AtomicInteger> handledBySubject = new ConcurrentHashMap<>();
        private final EventInbox inbox;

        CadreArchive(EventInbox inbox) {
            this.inbox = inbox;
        }

        @KafkaListener(topics = Topics.CADRE, groupId = "events-kit-test-archive")
        void on(ConsumerRecord<String, String> record) {
            inbox.receive("events-kit-test-archive.cadre", record, event ->
                    handledBySubject.computeIfAbsent(event.subject(), s -> new AtomicInteger()).incrementAndGet());
        }
    }
}
