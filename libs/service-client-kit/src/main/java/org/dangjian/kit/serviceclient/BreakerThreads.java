package org.dangjian.kit.serviceclient;

import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads service calls run on (the breaker's: that is how its time limit can give up on a call). Each
 * task runs with the context-propagation snapshot of the thread that submitted it: the current observation,
 * so the caller's trace (Feign's observation then sends its {@code traceparent}) and its log context; the
 * snapshot is undone when the task ends, so the next task starts clean.
 */
final class BreakerThreads {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private BreakerThreads() {
    }

    static ExecutorService create() {
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "service-call-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return ContextExecutorService.wrap(threads, ContextSnapshotFactory.builder().build());
    }
}
