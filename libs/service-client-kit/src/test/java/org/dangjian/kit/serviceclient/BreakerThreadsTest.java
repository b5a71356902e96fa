package org.dangjian.kit.serviceclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A call on the breaker's thread runs in the caller's observation (so its trace), and the thread keeps none afterwards. */
class BreakerThreadsTest {
    private final ExecutorService executor = BreakerThreads.create();
    private final ObservationRegistry registry = ObservationRegistry.create();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void the_task_runs_in_the_submitters_observation_and_the_next_task_does_not() throws Exception {
        registry.observationConfig().observationHandler(context -> true);
        Observation request = Observation.start("http.server.requests", registry);
        Future<Observation> seen;
        try (Observation.Scope ignored = request.openScope()) {
            seen = executor.submit(registry::getCurrentObservation);
            assertThat(seen.get()).isSameAs(request);
        } finally {
            request.stop();
        }

        for (int i = 0; i < 3; i++) {
            assertThat(executor.submit(registry::getCurrentObservation).get()).isNull();
        }
    }
}
