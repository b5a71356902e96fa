package org.dangjian.notify.message;

/**
 * WAITING to go out (now or after a back-off), SENDING while a worker holds it, HELD by quiet hours
 * (released in the morning) or by the daily limit (until an administrator resends it), SENT when the
 * provider accepted it, DELIVERED when its report came back, FAILED when retries ran out.
 */
public enum MessageStatus {
    WAITING, SENDING, HELD, SENT, DELIVERED, FAILED;

    /** What clients see: a message a worker is sending is still waiting to them. */
    public MessageStatus shown() {
        return this == SENDING ? WAITING : this;
    }
}
