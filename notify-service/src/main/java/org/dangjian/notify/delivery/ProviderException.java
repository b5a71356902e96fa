package org.dangjian.notify.delivery;

/**
 * A provider refused or failed a message. Retryable failures (outage, throttling, timeout) are tried
 * again with back-off; permanent ones (an invalid number, a template the provider does not know) fail
 * the message at once.
 */
public class ProviderException extends RuntimeException {
    private final boolean retryable;
    private final boolean numberFullToday;

    public ProviderException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
        this.numberFullToday = false;
    }

    private ProviderException(String message) {
        super(message);
        this.retryable = false;
        this.numberFullToday = true;
    }

    /**
     * The provider's own daily limit for the number was reached: trying again today is pointless, the
     * next morning will do.
     */
    public static ProviderException numberFullToday(String message) {
        return new ProviderException(message);
    }

    public ProviderException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.numberFullToday = false;
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean numberFullToday() {
        return numberFullToday;
    }
}
