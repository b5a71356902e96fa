package org.dangjian.notify.message;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes the delivery worker when a message is due now, so a login code does not wait for the next poll. */
@Component
public class DeliverySignal {
    private final Semaphore due = new Semaphore(0);

    public void wake() {
        if (due.availablePermits() == 0) {
            due.release();
        }
    }

    /** Waits until woken or {@code timeout} passed; returns at once if woken meanwhile. */
    public void await(Duration timeout) throws InterruptedException {
        due.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        due.drainPermits();
    }
}
