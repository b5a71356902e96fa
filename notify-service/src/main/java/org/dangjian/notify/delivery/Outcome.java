package org.dangjian.notify.delivery;

import java.time.Instant;
import org.dangjian.notify.message.HeldReason;

/**
 * What became of one claimed message in a delivery round. The round records all outcomes together, in
 * one transaction of batched updates, instead of one commit per message.
 */
sealed interface Outcome {
    long id();

    record Sent(long id, boolean urgent, String provider, String providerId, Instant at) implements Outcome {
    }

    /** Try again at {@code at}; {@code counted} is false when the attempt never reached the provider. */
    record Retry(long id, Instant at, String error, boolean counted) implements Outcome {
    }

    /**
     * It goes at {@code until} by itself: quiet hours began while it waited, or the provider will take
     * no more for the number today ({@code counted}: the attempt reached the provider).
     */
    record Hold(long id, Instant until, HeldReason reason, String error, boolean counted) implements Outcome {
    }

    /** Final: a one-time code's values are wiped, the others stay so an administrator can resend. */
    record Failed(long id, boolean urgent, String error, boolean counted) implements Outcome {
    }
}
