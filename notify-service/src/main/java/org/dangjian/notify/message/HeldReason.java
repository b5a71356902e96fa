package org.dangjian.notify.message;

/** Why a message is held back instead of sent now. */
public enum HeldReason {
    /** Non-urgent messages wait for the morning. */
    QUIET_HOURS,
    /** The phone already had its day's share of non-urgent SMS; an administrator may resend it. */
    DAILY_LIMIT,
    /** The provider refuses more messages to this number today: it goes the next morning by itself. */
    PROVIDER_LIMIT
}
