package org.dangjian.kit.events;

/**
 * An inbound record that can never be handled: no CloudEvents id, or a payload that does not map to
 * the expected record. Retrying cannot help, so the error handler sends it to the DLT at once.
 */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
