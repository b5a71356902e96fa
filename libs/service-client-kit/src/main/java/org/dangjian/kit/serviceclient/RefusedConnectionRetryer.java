package org.dangjian.kit.serviceclient;

import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;

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
        if (retried || !refused(e)) {
            throw e;
        }
        retried = true;
    }

    @Override
    public Retryer clone() {
        return new RefusedConnectionRetryer();
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
