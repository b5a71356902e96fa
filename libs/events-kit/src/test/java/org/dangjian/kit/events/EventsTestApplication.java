package org.dangjian.kit.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

/** A service that uses the kit: nothing but Boot's auto-configuration and one listener. */
@SpringBootApplication
public class EventsTestApplication {

    @Bean
    CadreListener cadreListener(EventInbox inbox) {
        return new CadreListener(inbox);
    }

    /** Its handler always fails, so every cadre event must end on the DLT. */
    static class CadreListener {
        final Map<String, AtomicInteger> attemptsBySubject = new ConcurrentHashMap<>();
        private final EventInbox inbox;

        CadreListener(EventInbox inbox) {
            this.inbox = inbox;
        }

        @KafkaListener(topics = Topics.CADRE)
        void on(ConsumerRecord<String, String> record) {
            inbox.receive("events-kit-test.cadre", record, event -> {
                attemptsBySubject.computeIfAbsent(event.subject(), s -> new AtomicInteger()).incrementAndGet();
                throw new IllegalStateException("cannot appoint cadre " + event.subject());
            });
        }
    }
}
