package org.dangjian.notify.inbound;

/** Why the event consumers write and read messages without a caller's scope. */
final class ConsumerScope {
    /**
     * An event asks for messages to members and administrators wherever they are in the tree, and the
     * daily SMS limit counts a phone's messages of every organisation; no person is calling.
     */
    static final String MESSAGES = "event consumers record the messages an event asks for, in whichever"
            + " organisation their recipients are, and count each phone's messages of the day across organisations"
            + " for the daily limit; no person is calling";

    private ConsumerScope() {
    }
}
