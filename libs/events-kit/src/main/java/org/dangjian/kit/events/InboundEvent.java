package org.dangjian.kit.events;

import java.time.Instant;

/**
 * An event as a consumer sees it: the CloudEvents attributes from the record's headers and the
 * payload as JSON, mapped to a contract record only on demand so that a listener on a topic with
 * several event types decides by {@link #is(String)} first.
 */
public record InboundEvent(String id, String type, String source, String subject, Instant time, String json) {

    public boolean is(String eventType) {
        return eventType.equals(type);
    }

    /** The payload as {@code payloadType}; unknown fields are ignored (additive changes). */
    public <T> T as(Class<T> payloadType) {
        return EventJson.read(json, payloadType, id);
    }
}
