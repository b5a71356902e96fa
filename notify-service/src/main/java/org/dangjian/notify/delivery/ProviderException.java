package org.dangjian.notify.delivery;

/**
 * A provider refused or failed a message. Retryable failures (outage, throttling, timeout) are tried
 * again with back-off; permanent ones (an invalid number, a template the provider does not know) fail
 * the message at once.
 */
public class ProviderException extends RuntimeException {
    private final boolean retryable;

    public ProviderException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ProviderException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
