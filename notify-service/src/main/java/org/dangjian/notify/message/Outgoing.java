package org.dangjian.notify.message;

import java.time.Instant;
import java.util.Map;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.template.MessageKind;

/** A message an event asks for: its kind, who gets it, the template's values, and until when it matters. */
public record Outgoing(MessageKind kind, Recipient recipient, Map<String, String> values, Instant expiresAt) {
    public Outgoing(MessageKind kind, Recipient recipient, Map<String, String> values) {
        this(kind, recipient, values, null);
    }
}
