package org.dangjian.kit.serviceclient;

import feign.RetryableException;
import feign.Retryer;
import org.dangjian.kit.failure.InfrastructureFailures;

/**
 * Tries a call once more, at once, when its connection was refused, and never otherwise. A refused connection never
 * reached the other service, so trying again is safe whatever the method; the load balancer then picks the next
 * instance. Why: an instance killed without stopping (kill -9, out of memory) stays in the registry until its lease
 * runs out (65 s locally), and meanwhile every other call to that service failed over to its fallback. A timeout or
 * an error answer is not retried: the call may have done its work.
 */
public final class RefusedConnectionRetryer implements Retryer {
    private boolean retried;

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (retried || !InfrastructureFailures.isRefusedConnection(e)) {
            throw e;
        }
        retried = true;
    }

    @Override
    public Retryer clone() {
        return new RefusedConnectionRetryer();
    }
}
