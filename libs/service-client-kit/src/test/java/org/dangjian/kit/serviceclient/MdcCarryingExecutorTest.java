package org.dangjian.kit.serviceclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A call on the breaker's thread logs with the caller's trace id, and the thread keeps none afterwards. */
class MdcCarryingExecutorTest {
    private final MdcCarryingExecutor executor = new MdcCarryingExecutor();

    @AfterEach
    void clean() {
        MDC.clear();
        executor.shutdownNow();
    }

    @Test
    void the_task_sees_the_submitters_trace_id_and_the_next_task_does_not() throws Exception {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        Future<String> seen = executor.submit(() -> MDC.get("traceId"));
        assertThat(seen.get()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");

        MDC.clear();
        for (int i = 0; i < 3; i++) {
            assertThat(executor.submit(() -> MDC.get("traceId")).get()).isNull();
        }
    }
}
