package org.dangjian.kit.events;

/** Why a dead letter could not be replayed; the routes answer each with its own problem code. */
public class DeadLetterRefused extends RuntimeException {
    /** What went wrong, named as the routes' problem codes. */
    public enum Reason {
        /** No dead letter of this service has that id. */
        DEAD_LETTER_NOT_FOUND,
        /** It was sent again already; if it failed again, it is a new dead letter. */
        DEAD_LETTER_ALREADY_REPLAYED,
        /** Kafka did not take it; the dead letter stays open. */
        DEAD_LETTER_REPLAY_FAILED
    }

    private final Reason reason;

    DeadLetterRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
