package org.dangjian.kit.infra;

/**
 * A server given by the environment (not started by {@link Infrastructure}) was asked to stop or
 * start: this process does not own it, so it never touches it.
 */
public final class NotEmbeddedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotEmbeddedException(String message) {
        super(message);
    }
}
