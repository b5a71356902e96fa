package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventsWorkerTest {
    private final OutboxRelay relay = mock(OutboxRelay.class);
    private final AtomicInteger runs = new AtomicInteger();
    private EventsWorker worker;

    @AfterEach
    void stop() {
        worker.stop();
    }

    @Test
    void aCommitWakesTheRelayWithoutWaitingForThePoller() {
        when(relay.publishPending()).thenAnswer(invocation -> runs.incrementAndGet());
        worker = worker(Duration.ofHours(1));
        worker.start();
        // The poller's first run happens at start, the next one only in an hour.
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);

        worker.wakeUp();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
    }

    @Test
    void aFailingRunDoesNotStopThePoller() {
        when(relay.publishPending()).thenAnswer(invocation -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database went away");
        });
        worker = worker(Duration.ofMillis(20));
        worker.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
    }

    @Test
    void nothingRunsAfterStop() {
        when(relay.publishPending()).thenAnswer(invocation -> runs.incrementAndGet());
        worker = worker(Duration.ofHours(1));
        worker.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        worker.stop();

        worker.wakeUp();

        assertThat(worker.isRunning()).isFalse();
        assertThat(runs).hasValue(1);
    }

    private EventsWorker worker(Duration interval) {
        EventsProperties props = new EventsProperties();
        props.setRelayInterval(interval);
        return new EventsWorker(relay, mock(EventTablesPruner.class), props);
    }
}
