package org.dangjian.notify.delivery;

import java.time.Instant;

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

    /** Quiet hours began while the message waited: it goes in the morning. */
    record Hold(long id, Instant until) implements Outcome {
    }

    /** Final: a one-time code's values are wiped, the others stay so an administrator can resend. */
    record Failed(long id, boolean urgent, String error, boolean counted) implements Outcome {
    }
}
