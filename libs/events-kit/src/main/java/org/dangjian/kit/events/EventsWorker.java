package org.dangjian.kit.events;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The kit's one background thread. It relays the outbox when a transaction with events commits and
 * on a timer (which picks up whatever a crash or a Kafka outage left behind), and now and then prunes
 * old rows. One thread means one relay run at a time per instance, and commits never wait for Kafka.
 */
class EventsWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(EventsWorker.class);
    private static final Duration PRUNE_INTERVAL = Duration.ofHours(1);

    private final OutboxRelay relay;
    private final EventTablesPruner pruner;
    private final Duration relayInterval;
    private final boolean relayEnabled;
    private final Duration stopTimeout;
    // Many commits while a run is under way need one more run, not one each.
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    EventsWorker(OutboxRelay relay, EventTablesPruner pruner, EventsProperties props) {
        this.relay = relay;
        this.pruner = pruner;
        this.relayInterval = props.getRelayInterval();
        this.relayEnabled = props.isRelayEnabled();
        this.stopTimeout = props.getSendTimeout().multipliedBy(2);
    }

    /** Asks for a relay run soon, off the caller's thread; called after a commit that added events. */
    void wakeUp() {
        ScheduledExecutorService current = executor;
        if (!relayEnabled || current == null || !wakeUpPending.compareAndSet(false, true)) {
            return;
        }
        try {
            current.execute(() -> {
                wakeUpPending.set(false);
                relay();
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: the rows stay unsent and the poller of the next start sends them.
            wakeUpPending.set(false);
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dj-events-worker");
            thread.setDaemon(true);
            return thread;
        });
        if (relayEnabled) {
            long millis = relayInterval.toMillis();
            started.scheduleWithFixedDelay(this::relay, 0, millis, TimeUnit.MILLISECONDS);
        }
        started.scheduleWithFixedDelay(this::prune, PRUNE_INTERVAL.toMinutes(), PRUNE_INTERVAL.toMinutes(),
                TimeUnit.MINUTES);
        executor = started;
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (!current.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            current.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    // A scheduled task that throws is never run again, so nothing may escape these two.
    private void relay() {
        try {
            relay.publishPending();
        } catch (RuntimeException e) {
            log.warn("outbox relay run failed, next try in {}", relayInterval, e);
        }
    }

    private void prune() {
        try {
            int deleted = pruner.prune();
            if (deleted > 0) {
                log.info("pruned {} old rows from dj_outbox and dj_inbox", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("pruning dj_outbox and dj_inbox failed", e);
        }
    }
}
